import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Clip } from '../../../src/core/clip';
import { extractFromHtml } from '../../../src/core/extract/node';

const repoRoot = path.resolve(import.meta.dirname, '../../..');
const seedText = readFileSync(path.resolve(repoRoot, '../shared/seeds/000_8c095eea25ee46f4.txt'), 'utf8');
const seedLines = seedText.split('\n').map((line) => line.trim()).filter(Boolean);
const firstParagraph = seedLines.findIndex((line) => line.startsWith('Tensions between the Iranian government'));
const paragraphs = seedLines.slice(firstParagraph, firstParagraph + 11);
const clutterFromSeed = seedLines.slice(seedLines.indexOf('Latest news'));
const html = readFileSync(path.resolve(repoRoot, 'test/fixtures/extract/seed-page.html'), 'utf8');
const url = 'https://www.iranfocus.com/en/terrorism/iran-terror-threats-reach-albania/?utm_source=twitter&fbclid=abc#top';

function clip(): Clip {
  const result = extractFromHtml(html, url);
  if (!result.ok) throw new Error(`extraction failed: ${result.reason}`);
  return result.clip;
}

describe('clipping the cluttered seed news page', () => {
  const { text, html: body, ...meta } = clip();
  const lines = (text ?? '').split('\n');

  it('keeps all eleven paragraphs, in order, each on its own line', () => {
    expect(paragraphs).toHaveLength(11);
    expect(paragraphs.at(-1)).toMatch(/respond to any attacks\.$/);
    expect(lines).toEqual(paragraphs);
  });

  it('drops every line of the clutter around the article', () => {
    expect(clutterFromSeed.length).toBeGreaterThan(15);
    for (const line of [
      ...clutterFromSeed, 'Advertisement', 'Read more', 'Khamenei Calls Albania', 'Leave A Reply', 'Post Comment',
      'TAGS', 'MORE FROM AUTHOR', 'Iranian Spy Network', 'Sanctions Tighten', 'Executions Rise', 'Subscribe to our newsletter',
      'We use cookies', 'All rights reserved', 'Privacy Policy', 'writes about Iranian politics', 'Facebook', 'Home',
    ]) {
      expect(body, line).not.toContain(line);
      expect(text, line).not.toContain(line);
    }
  });

  it('keeps the lazy-loaded picture with its caption in the html, not in the text', () => {
    expect(body).toMatch(/<figure>[\s\S]*<img[^>]+src="https:\/\/www\.iranfocus\.com\/wp-content\/uploads\/2020\/01\/albanian-security-forces\.jpg"/);
    expect(body).toContain('<figcaption>Albanian security forces</figcaption>');
    expect(text).not.toContain('Albanian security forces');
  });

  it('leaves no tracking pixel, handler or script in the html', () => {
    expect(body).not.toMatch(/pixel\.example-tracker|facebook\.com\/tr|onerror|<script|data:image\/gif/i);
  });

  it('reads the metadata a reader expects', () => {
    expect(meta).toMatchObject({
      url,
      canonicalUrl: 'https://www.iranfocus.com/en/terrorism/iran-terror-threats-reach-albania/',
      title: 'Iran Terror Threats Reach Albania',
      byline: 'Jubin Katiraie',
      siteName: 'Iran Focus',
      lang: 'en-US',
      publishedTime: '2020-01-27T10:15:00+00:00',
      modifiedTime: '2020-01-27T12:00:00+00:00',
      leadImageUrl: 'https://www.iranfocus.com/wp-content/uploads/2020/01/albanian-security-forces.jpg',
      faviconUrl: 'https://www.iranfocus.com/wp-content/uploads/favicon.png',
    });
    expect(meta.excerpt).toMatch(/^Tensions between the Iranian government/);
    expect(meta.suggestedTags).toEqual(expect.arrayContaining(['albania', 'mek', 'iran terrorism']));
    // 405 space-separated tokens; "PMOI/MEK" is two words.
    expect(meta.wordCount).toBe(406);
    expect(meta.readingMinutes).toBe(2);
  });
});
