import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractFromHtml } from '../../../src/core/extract/node';
import { sanitizeArticleHtml, sanitizeForReaderOffline } from '../../../src/core/sanitize';

const url = 'https://news.example/2026/story';
const paragraph = '<p>' + 'The council voted on the budget after a long debate about the schools and the roads. '.repeat(8) + '</p>';

/** The page shape of issue 17: a <base href> placed inside the article body, and a link asking for its opener. */
function hostilePage(head = ''): string {
  return `<!doctype html><html><head><title>Story</title>${head}</head><body><article>
    <h1>Story</h1>${paragraph}
    <base href="https://attacker.example/">
    <p><img src="x" alt="chart"> <a href="more" rel="opener nofollow">more</a></p>${paragraph}
  </article></body></html>`;
}

function clipHtml(html: string): string {
  const result = extractFromHtml(html, url);
  if (!result.ok) throw new Error(`extraction failed: ${result.reason}`);
  return result.clip.html ?? '';
}

describe('a page steering its URLs and links', () => {
  it('resolves the body\'s relative images against the page, not a <base> inside the body', () => {
    const html = clipHtml(hostilePage());
    expect(html).toContain('src="https://news.example/2026/x"');
    expect(html).toContain('href="https://news.example/2026/more"');
    expect(html).not.toContain('attacker.example');
  });

  it('still follows a <base href> in the page\'s head', () => {
    const html = clipHtml(hostilePage('<base href="https://cdn.news.example/a/">'));
    expect(html).toContain('src="https://cdn.news.example/a/x"');
    expect(html).not.toContain('attacker.example');
  });

  it('keeps only noopener, noreferrer, nofollow, ugc and sponsored in a link\'s rel', () => {
    const { window } = parseHTML('<!doctype html><html><head></head><body></body></html>') as unknown as { window: Window };
    const out = sanitizeArticleHtml('<a href="https://a.example/" rel="opener NoFollow external ugc sponsored noreferrer">a</a><a href="https://b.example/" rel="opener">b</a>', window);
    expect(out).toBe('<a href="https://a.example/" rel="nofollow ugc sponsored noreferrer">a</a><a href="https://b.example/">b</a>');
    expect(clipHtml(hostilePage())).toContain('rel="nofollow"');
  });

  it('opens every link of the reader in a new tab with rel="noopener noreferrer"', () => {
    const { window } = parseHTML('<!doctype html><html><head></head><body></body></html>') as unknown as { window: Window };
    const { html: out } = sanitizeForReaderOffline('<a href="https://a.example/" rel="opener" target="_self">a</a><a href="#note">note</a><a href="https://b.example/">b</a>', window, new Map(), { media: 'media', embed: (host) => host });
    const links = [...parseHTML(`<html><body>${out}</body></html>`).document.querySelectorAll('a')];
    expect(links.map((a) => [a.getAttribute('href'), a.getAttribute('target'), a.getAttribute('rel')])).toEqual([
      ['https://a.example/', '_blank', 'noopener noreferrer'],
      ['#note', null, null],
      ['https://b.example/', '_blank', 'noopener noreferrer'],
    ]);
  });
});
