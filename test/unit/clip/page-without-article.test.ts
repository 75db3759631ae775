import { describe, expect, test } from 'vitest';
import { parseHTML } from 'linkedom';
import { pageBasics } from '../../../src/content/basics';
import { escapeHtml } from '../../../src/core/escape-html';
import { textToHtml } from '../../../src/content/body';
import { pageTextClip } from '../../../src/content/page-text';

function page(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

const HEAD = `<head><title> Opening hours </title>
  <link rel="canonical" href="/hours?utm_source=feed">
  <link rel="shortcut icon" href="/i.png">
  <meta property="og:site_name" content="Town Hall">
  <meta name="description" content="When we are open.">
</head>`;

describe("a page's own metadata", () => {
  test('title, canonical address without tracking, site, description and icon come from the document', () => {
    const clip = pageBasics(page(`<html lang="nl">${HEAD}<body></body></html>`), 'https://town.example/hours#today');
    expect(clip).toMatchObject({
      url: 'https://town.example/hours#today',
      canonicalUrl: 'https://town.example/hours',
      title: 'Opening hours',
      siteName: 'Town Hall',
      excerpt: 'When we are open.',
      lang: 'nl',
      faviconUrl: 'https://town.example/i.png',
      html: null,
    });
  });

  test('a page without an icon link points at the site root favicon', () => {
    expect(pageBasics(page('<html><head><title>x</title></head></html>'), 'https://a.example/p').faviconUrl).toBe('https://a.example/favicon.ico');
  });
});

describe('"Save the page text as it is"', () => {
  test("keeps the page's text, a paragraph per line, with the page's metadata", () => {
    const result = pageTextClip(page(`<html>${HEAD}<body><h1>Hours</h1>\n<p>Monday: closed</p>\n\n<p>Friday &lt;late&gt;</p></body></html>`), 'https://town.example/hours');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.clip.text).toBe('Hours\nMonday: closed\nFriday <late>');
    expect(result.clip.html).toBe('<p>Hours</p>\n<p>Monday: closed</p>\n<p>Friday &lt;late&gt;</p>');
    expect(result.clip.title).toBe('Opening hours');
  });

  test('an empty page has nothing to keep', () => {
    expect(pageTextClip(page('<html><body>  </body></html>'), 'https://a.example/')).toMatchObject({ ok: false, reason: 'no-article' });
  });

  test('markup in the text stays text', () => {
    expect(escapeHtml(`<img src=x onerror="alert('x')">&`)).toBe('&lt;img src=x onerror=&quot;alert(&#39;x&#39;)&quot;&gt;&amp;');
    expect(textToHtml('<script>alert(1)</script>')).toBe('<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>');
  });
});
