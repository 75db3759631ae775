/**
 * Expected output, in the style of Mozilla Readability's own test suite: each page in
 * test/fixtures/extraction/<name>/ is clipped by the pipeline, and its text and metadata
 * must equal expected.txt and expected-metadata.json beside it. After a change that
 * improves a page on purpose, rewrite them with
 * `npx vitest run --config vitest.quality.config.ts test/quality/extraction.test.ts -u`
 * and review the diff.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeHtmlBytes } from '../../src/core/extract/decode';
import { extractFromHtml } from '../../src/core/extract/node';
import pages from '../fixtures/extraction/pages.json';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/extraction');

function clipOf(name: string, url: string) {
  const html = decodeHtmlBytes(readFileSync(path.join(FIXTURES, name, 'source.html')));
  const result = extractFromHtml(html, url);
  if (!result.ok) throw new Error(`${name}: ${result.reason}: ${result.message}`);
  return result.clip;
}

describe('expected extraction of the fixture pages', () => {
  for (const [name, { url }] of Object.entries(pages)) {
    it(`${name}: the text and metadata are the expected ones`, async () => {
      const { html: _html, text, extraction, ...fields } = clipOf(name, url);
      // The choice in brief: the alternatives' own text would repeat the page.
      const choice = extraction && {
        used: extraction.used,
        confidence: Number(extraction.confidence.toFixed(2)),
        alternatives: extraction.alternatives.map(({ kind, wordCount }) => ({ kind, wordCount })),
      };
      const metadata = { ...fields, extraction: choice };
      await expect(`${text}\n`).toMatchFileSnapshot(path.join(FIXTURES, name, 'expected.txt'));
      await expect(`${JSON.stringify(metadata, null, 2)}\n`).toMatchFileSnapshot(path.join(FIXTURES, name, 'expected-metadata.json'));
    });
  }
});
