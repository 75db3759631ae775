import { DOMParser as LinkedomParser, parseHTML } from 'linkedom';
import TurndownService from 'turndown';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { ImportItem } from '../../../src/core/formats/types';

import { sanitizeBodies } from '../../../options/import/sanitize-bodies';

const stock = new TurndownService({ headingStyle: 'atx', codeBlockStyle: 'fenced', bulletListMarker: '-', emDelimiter: '*' });

/** With a text, as a Pocket or Quire file has one: linkedom cannot derive one from a fragment as a browser does. */
function item(line: number, html?: string): ImportItem {
  return { line, url: `https://s.example/${line}`, title: `Item ${line}`, tags: [], status: 'unread', favorite: false, savedAt: 1000, kind: html ? 'article' : 'link', html, text: `Text ${line}` };
}

describe('sanitizing imported bodies', () => {
  beforeEach(() => {
    const { window } = parseHTML('<!doctype html><html><head></head><body></body></html>');
    vi.stubGlobal('window', window);
    vi.stubGlobal('DOMParser', LinkedomParser);
  });
  afterEach(() => vi.unstubAllGlobals());

  test("adds each sanitized body's Markdown, and none to items without a body", async () => {
    const items = Array.from({ length: 250 }, (_, i) => item(i + 1, i % 5 === 4 ? undefined : `<p onclick="x()">Body <strong>${i}</strong></p><script>steal()</script>`));
    const clean = await sanitizeBodies(items);
    expect(clean.map((c) => c.markdown)).toEqual(items.map((it, i) => (it.html ? stock.turndown(`<p>Body <strong>${i}</strong></p>`) : undefined)));
    expect(clean[0]).toMatchObject({ html: '<p>Body <strong>0</strong></p>', markdown: 'Body **0**' });
  });

  test('a body the sanitizer empties gets no Markdown', async () => {
    const [clean] = await sanitizeBodies([item(1, '<script>steal()</script>')]);
    expect(clean!.html).toBe('');
    expect(clean!.markdown).toBeUndefined();
  });
});
