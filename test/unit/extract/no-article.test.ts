import { describe, expect, it } from 'vitest';
import { extractFromHtml } from '../../../src/core/extract/node';
import { clipOf, fixturePage } from './fixture-page';

describe('a page without an article', () => {
  it('a page holding only a navigation list is "no article", not a one-minute read', () => {
    expect(extractFromHtml(fixturePage('site-index.html'), 'https://news.example/')).toMatchObject({ ok: false, reason: 'no-article' });
  });

  it('a page of links with one line of text between them is "no article" too', () => {
    const links = Array.from({ length: 12 }, (_, i) => `<li><a href="/s${i}">Story number ${i} of the day, read it now</a></li>`).join('');
    const html = `<html><body><div><p>Today's stories.</p><ul>${links}</ul></div></body></html>`;
    expect(extractFromHtml(html, 'https://news.example/')).toMatchObject({ ok: false, reason: 'no-article' });
  });

  it('a short article of three paragraphs is still an article', () => {
    expect(clipOf(fixturePage('byline-first-en.html')).text).toMatch(/^The ferry to Westholm sailed again/);
  });
});
