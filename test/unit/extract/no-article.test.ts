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

  it('a short line beside the site\'s links is still "no article"', () => {
    const html = '<html><body><ul><li><a href="/">Home</a></li><li><a href="/w">World</a></li><li><a href="/s">Sport</a></li></ul><p>The ferry office opens at nine.</p></body></html>';
    expect(extractFromHtml(html, 'https://news.example/')).toMatchObject({ ok: false, reason: 'no-article' });
  });

  it('a page that is only a heading and a line, with no link, is clipped whole', () => {
    const html = '<html><head><title>Ferry</title></head><body><h2>Opening hours</h2><p>The ferry office opens at nine.</p></body></html>';
    expect(clipOf(html).text).toBe('Opening hours\nThe ferry office opens at nine.');
  });

  it('a page of two headings between pictures is clipped whole, headings and pictures', () => {
    const html = '<html><body><article><h2>Harbour at dawn</h2><img src="https://news.example/a.jpg" alt="Boats"><h2>Harbour at dusk</h2><img src="https://news.example/b.jpg" alt="Wall"></article></body></html>';
    const clip = clipOf(html);
    expect(clip.text).toBe('Harbour at dawn\nHarbour at dusk');
    expect(clip.html?.match(/<img/g)).toHaveLength(2);
  });

  it('a one-word page is clipped as its word', () => {
    expect(clipOf('<html><body>\n  Notes\n</body></html>').text).toBe('Notes');
  });

  it('a short article of three paragraphs is still an article', () => {
    expect(clipOf(fixturePage('byline-first-en.html')).text).toMatch(/^The ferry to Westholm sailed again/);
  });
});
