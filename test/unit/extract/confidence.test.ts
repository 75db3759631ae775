import { describe, expect, it } from 'vitest';
import { LOW_CONFIDENCE } from '../../../src/core/clip';
import { extractFromHtml } from '../../../src/core/extract/node';
import { notice, page, storyParagraphs, url } from './story-page';

const story = storyParagraphs.map((p) => `<p>${p}</p>`).join('');

function extraction(html: string) {
  const result = extractFromHtml(html, url);
  if (!result.ok) throw new Error(`no clip: ${result.reason}`);
  if (!result.clip.extraction) throw new Error('the clip says nothing of its extraction');
  return { clip: result.clip, ...result.clip.extraction };
}

describe('how sure a clip is of its article', () => {
  it('is confident of a plain article, says Readability found it, and offers nothing else', () => {
    const { confidence, used, alternatives } = extraction(page(`<article><h1>Ferries every twenty minutes</h1>${story}</article>`));
    expect(used).toBe('readability');
    expect(confidence).toBeGreaterThanOrEqual(LOW_CONFIDENCE);
    expect(confidence).toBeLessThanOrEqual(1);
    expect(alternatives).toEqual([]);
  });

  it('is not confident of a page that is one short paragraph among links', () => {
    const links = Array.from({ length: 12 }, (_, i) => `<li><a href="/s/${i}">Another story from the harbour, number ${i}</a></li>`).join('');
    const { confidence } = extraction(page(`<div><p>${storyParagraphs[0]} ${storyParagraphs[1]}</p><ul>${links}</ul></div>`));
    expect(confidence).toBeLessThan(LOW_CONFIDENCE);
  });

  it('says which candidate it used when it overrules Readability, and offers Readability’s pick as an alternative', () => {
    const { clip, used, alternatives } = extraction(page(`
      <section class="article-disclosure"><p>${notice} ${notice}</p></section>
      <div class="layout"><div class="wrap"><div class="banner-text">${story}</div></div></div>`));
    expect(used).toBe('main-block');
    expect(clip.text).toContain(storyParagraphs[5]);
    expect(alternatives.map((a) => a.kind)).toEqual(['readability']);
    const [alternative] = alternatives;
    expect(alternative?.text).toContain('advertising policy');
    expect(alternative?.html).toContain('advertising policy');
    expect(alternative?.wordCount).toBeGreaterThan(100);
    expect(alternative?.score).toBeGreaterThan(0);
  });

  it('offers the JSON-LD article body when the page prints another text, sanitized like the clip', () => {
    const body = storyParagraphs.join('\n\n');
    const jsonLd = JSON.stringify({ '@type': 'NewsArticle', headline: 'Ferries every twenty minutes', articleBody: body });
    const printed = Array.from({ length: 6 }, () => `<p>${notice}<img src="x" onerror="alert(1)"></p>`).join('');
    const { clip, alternatives } = extraction(page(`<article>${printed}</article>`, `<script type="application/ld+json">${jsonLd}</script>`));
    const all = [clip.text ?? '', ...alternatives.map((a) => a.text)];
    expect(all.some((text) => text.includes(storyParagraphs[3]!))).toBe(true);
    for (const alternative of alternatives) expect(alternative.html).not.toContain('onerror');
  });
});
