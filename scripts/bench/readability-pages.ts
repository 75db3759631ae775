/** Mozilla Readability's test pages (see ../shared/corpus/README.md) and the extractors scored on them. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Readability } from '@mozilla/readability';
import { runPipeline } from '../../src/core/extract/pipeline';

export const READABILITY_DIR = path.resolve(import.meta.dirname, '../../../shared/corpus/readability-test-pages');
/** The URL Readability's own tests load each page with. */
export const PAGE_URL = 'http://fakehost/test/page.html';

/** Why the pages cannot be read (one line), or null when they are there. */
export function readabilitySetProblem(): string | null {
  if (existsSync(READABILITY_DIR)) return null;
  return `The Readability test pages are missing: ${READABILITY_DIR} (the tests read ../shared/corpus beside the repository; see README.md).`;
}

/** A page as Readability's own tests read it: source.html as UTF-8 (whatever its meta charset says). */
export interface TestPage {
  name: string;
  /** Every fifth page of the sorted folder list (index % 5 == 4) is held out while rules are designed. */
  heldOut: boolean;
  source: string;
  expected: string;
}

export function loadTestPages(): TestPage[] {
  const names = readdirSync(READABILITY_DIR).filter((name) => existsSync(path.join(READABILITY_DIR, name, 'source.html'))).sort();
  return names.map((name, index) => ({
    name,
    heldOut: index % 5 === 4,
    source: readFileSync(path.join(READABILITY_DIR, name, 'source.html'), 'utf8'),
    expected: readFileSync(path.join(READABILITY_DIR, name, 'expected.html'), 'utf8'),
  }));
}

/** The HTML an extractor gives for a page, or null when it finds no article. */
export type HtmlExtractor = (doc: Document, url: string) => string | null;

export const readabilityHtml: HtmlExtractor = (doc) => new Readability(doc.cloneNode(true) as Document).parse()?.content ?? null;

export const quireHtml: HtmlExtractor = (doc, url) => {
  const result = runPipeline(doc, url);
  return result.ok ? result.clip.html : null;
};
