/** Extraction of one of the browser fixture pages (test/fixtures/pages), as the unit tests need it. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Clip } from '../../../src/core/clip';
import { extractFromHtml } from '../../../src/core/extract/node';

const PAGES = path.resolve(import.meta.dirname, '../../fixtures/pages');

export function fixturePage(name: string): string {
  return readFileSync(path.join(PAGES, name), 'utf8');
}

/** The clip of a page that must have an article; throws with the reason when it has none. */
export function clipOf(html: string, url = 'https://news.example/story'): Clip {
  const result = extractFromHtml(html, url);
  if (!result.ok) throw new Error(`extraction failed: ${result.reason}`);
  return result.clip;
}
