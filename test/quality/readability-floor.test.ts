/**
 * The Readability set's floor: Quire's pipeline over Mozilla Readability's 130 test pages,
 * scored as `npm run bench:extract -- --set readability` scores them (the text F1 of each
 * page's expected.html), must keep the mean F1 in baseline-readability.json, on the whole set
 * and on its held-out fifth, and no page may join those below the pass mark where Readability
 * alone passes. The scores do not depend on the machine, so there is no tolerance. After a
 * change that raises the figures on purpose, write the new ones there (the test prints them).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadTestPages, quireHtml, readabilityHtml } from '../../scripts/bench/readability-pages';
import { PASS_F1, regressions, scoreSet, summarize, type PageScore, type SetSummary } from '../../scripts/bench/readability-set';
import baseline from './baseline-readability.json';

describe('extraction quality over the Readability test pages', () => {
  let whole: SetSummary;
  let heldOut: SetSummary;
  let below: string[];
  beforeAll(() => {
    const [readability, quire] = scoreSet(loadTestPages(), [readabilityHtml, quireHtml]) as [PageScore[], PageScore[]];
    whole = summarize(quire);
    heldOut = summarize(quire.filter((s) => s.page.heldOut));
    below = regressions(quire, readability);
  }, 900_000);

  it('keeps the mean F1 of the whole set and of the held-out fifth', () => {
    console.log(
      `readability-test-pages, ${whole.pages} pages: mean F1 ${whole.meanF1.toFixed(5)} (baseline ${baseline.meanF1.toFixed(4)}), ` +
        `held out ${heldOut.pages}: ${heldOut.meanF1.toFixed(5)} (baseline ${baseline.heldOutMeanF1.toFixed(4)}); ` +
        `below ${PASS_F1} where Readability alone passes: ${below.join(', ') || 'none'}`,
    );
    expect(whole.pages).toBe(baseline.pages);
    expect(whole.meanF1).toBeGreaterThanOrEqual(baseline.meanF1);
    expect(heldOut.meanF1).toBeGreaterThanOrEqual(baseline.heldOutMeanF1);
  });

  it('fails no page that Readability alone passes, beyond those the baseline lists', () => {
    expect(below.filter((name) => !baseline.belowWhereReadabilityPasses.includes(name))).toEqual([]);
  });
});
