import { describe, expect, it } from 'vitest';
import { extractFromHtml } from '../../../src/core/extract/node';

const url = 'https://news.example/story';

const storyParagraphs = [
  'The harbour authority approved the new ferry schedule on Tuesday after months of complaints from commuters on the island.',
  'Under the plan, boats will leave every twenty minutes during the morning and evening rush, and every hour late at night.',
  'Residents who had campaigned for the change said the old timetable forced them to leave home an hour before work started.',
  'The operator will hire twelve more crew members and lease a fourth vessel until its own new ship is delivered next spring.',
  'Fares stay the same for now, although the authority said it would review the price of season tickets in the autumn.',
  'The first boats on the new timetable are expected to sail at the start of next month, weather and crew training permitting.',
];

const notice =
  'Many of the offers that appear on this website are from companies from which we receive compensation. This compensation may impact how and where products appear on this site, including the order in which they appear. This site does not include all companies or all available offers. Please view our advertising policy page for more information.';

function page(body: string): string {
  return `<!doctype html><html lang="en"><head><title>Ferries every twenty minutes</title></head><body>${body}</body></html>`;
}

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
    expect(extractFromHtml(html, url, { disabledRules: new Set(['main-block']) })).toMatchObject({ ok: false, reason: 'no-article' });
  });
});
