import { describe, expect, it } from 'vitest';
import { extractFromHtml } from '../../../src/core/extract/node';
import { notice, page, storyParagraphs, url } from './story-page';

/** The story sits in a container whose name Readability takes for a banner; a notice box has a name it favours. */
const wrongPickPage = page(`
  <section class="article-disclosure"><p>${notice} ${notice}</p></section>
  <div class="layout"><div class="wrap"><div class="banner-text">${storyParagraphs.map((p) => `<p>${p}</p>`).join('')}</div></div></div>`);

describe('choosing the article block', () => {
  it('keeps the story when Readability alone would take a notice box instead', () => {
    const result = extractFromHtml(wrongPickPage, url);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    for (const paragraph of storyParagraphs) expect(result.clip.text).toContain(paragraph);
    expect(result.clip.text).not.toContain('advertising policy');
  });

  it('is what Readability alone gets wrong on that page (the check above is not vacuous)', () => {
    const result = extractFromHtml(wrongPickPage, url, { disabledRules: new Set(['main-block']) });
    expect(result.ok && result.clip.text).toContain('advertising policy');
  });

  it('never takes a sidebar or a consent dialog for the story, however long their paragraphs', () => {
    const longer = `<p>${notice}</p><p>${notice}</p><p>${notice}</p>`;
    for (const box of [`<div class="sidebar"><aside>${longer}</aside></div>`, `<div class="cookie-consent" role="dialog">${longer}</div>`]) {
      const html = page(`<article>${storyParagraphs.map((p) => `<p>${p}</p>`).join('')}</article>${box}`);
      const result = extractFromHtml(html, url);
      expect(result.ok && result.clip.text).toContain(storyParagraphs[0]);
      expect(result.ok && result.clip.text).not.toContain('advertising policy');
    }
  });

  it('falls back to the page’s main paragraph block when Readability finds nothing (a body hidden until a script shows it)', () => {
    const html = page(`<div style="display: none"><article>${storyParagraphs.map((p) => `<p>${p}</p>`).join('')}</article></div>`);
    const result = extractFromHtml(html, url);
    expect(result.ok && result.clip.text).toContain(storyParagraphs[5]);
    expect(extractFromHtml(html, url, { disabledRules: new Set(['main-block', 'article-element']) })).toMatchObject({ ok: false, reason: 'no-article' });
  });
});
