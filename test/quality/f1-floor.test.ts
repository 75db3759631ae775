/**
 * The F1 floor: Quire's pipeline over the whole trafilatura evaluation set, scored as
 * `npm run bench:extract` scores it, must stay within TOLERANCE of the committed figure
 * in baseline.json. After a change that moves the figure on purpose, write the new one
 * there (the test prints it).
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/core/extract/node';
import { addCounts, loadEvalPages, metrics, readPageHtml, scorePage, type Counts } from '../../scripts/bench/corpus';
import { extractOrNull, pipeline } from '../../scripts/bench/extractors';
import baseline from './baseline.json';

const TOLERANCE = 0.005;

function scoreCorpus(): { pages: number; counts: Counts } {
  const extract = pipeline();
  const pages = loadEvalPages();
  let counts: Counts = { tp: 0, fn: 0, fp: 0, tn: 0 };
  for (const page of pages) {
    const text = extractOrNull(extract, parseDocument(readPageHtml(page), page.url), page.url);
    counts = addCounts(counts, scorePage(page, text));
  }
  return { pages: pages.length, counts };
}

describe('extraction quality over the trafilatura evaluation set', () => {
  it(`keeps F1 within ${TOLERANCE} of the committed figure`, () => {
    const { pages, counts } = scoreCorpus();
    const { precision, recall, f1 } = metrics(counts);
    console.log(
      `trafilatura-eval, ${pages} pages: precision ${precision.toFixed(4)}, recall ${recall.toFixed(4)}, ` +
        `F1 ${f1.toFixed(4)} (TP ${counts.tp}, FN ${counts.fn}, FP ${counts.fp}; baseline ${baseline.f1.toFixed(4)}, floor ${(baseline.f1 - TOLERANCE).toFixed(4)})`,
    );
    expect(pages).toBe(baseline.pages);
    expect(f1).toBeGreaterThanOrEqual(baseline.f1 - TOLERANCE);
  });
});
