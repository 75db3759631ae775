import { createDocument } from '@mixmark-io/domino';
import { parseHTML } from 'linkedom';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { ImportItem } from '../../../src/core/formats/types';
import { sanitizeBodies } from '../../../options/import/sanitize-bodies';

/** The page's DOMParser, played by domino: an HTML5 parser that puts a fragment in the body as browsers do. */
class HtmlParser {
  parseFromString(html: string): Document {
    return createDocument(html);
  }
}

const omnivoreBody = '<div class="page"><h2>The bridge</h2><p>The council voted for new bike lanes.</p><p>Construction starts in May.</p><ul><li>One</li><li>Two</li></ul></div>';

function bodyOnly(html: string): ImportItem {
  return { line: 1, url: 'https://news.example.com/bridge', title: 'The bridge', tags: [], status: 'unread', favorite: false, savedAt: 1000, kind: 'article', html };
}

describe("an imported body's text", () => {
  beforeEach(() => {
    vi.stubGlobal('window', parseHTML('<!doctype html><html><head></head><body></body></html>').window);
    vi.stubGlobal('DOMParser', HtmlParser);
  });
  afterEach(() => vi.unstubAllGlobals());

  test('has one block per line, never "…bike lanes.Construction…"', async () => {
    const [clean] = await sanitizeBodies([bodyOnly(omnivoreBody)]);
    expect(clean!.text).toBe('The bridge\nThe council voted for new bike lanes.\nConstruction starts in May.\nOne\nTwo');
  });

  test('keeps the text the file came with', async () => {
    const [clean] = await sanitizeBodies([{ ...bodyOnly(omnivoreBody), text: 'As the file had it' }]);
    expect(clean!.text).toBe('As the file had it');
  });
});
