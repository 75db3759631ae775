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

  it('says which candidate it used when it overrules Readability, and offers nothing else when sure of it', () => {
    const { clip, used, confidence, alternatives } = extraction(page(`
      <section class="article-disclosure"><p>${notice} ${notice}</p></section>
      <div class="layout"><div class="wrap"><div class="banner-text">${story}</div></div></div>`));
    expect(used).toBe('main-block');
    expect(clip.text).toContain(storyParagraphs[5]);
    expect(confidence).toBeGreaterThanOrEqual(LOW_CONFIDENCE);
    expect(alternatives).toEqual([]);
  });

  it('when unsure, offers the page’s other text (its JSON-LD article body) finished and sanitized like the clip', () => {
    const articleBody = storyParagraphs.slice(1, 4).join('\n\n');
    const jsonLd = JSON.stringify({ '@type': 'NewsArticle', headline: 'Island diary', articleBody });
    const html = `<!doctype html><html lang="en"><head><title>Island diary</title><script type="application/ld+json">${jsonLd}</script></head>
      <body><div><p>${notice.slice(0, 200)}.<img src="x.png" onerror="alert(1)"></p></div></body></html>`;
    const { clip, used, confidence, alternatives } = extraction(html);
    expect(used).toBe('readability');
    expect(confidence).toBeLessThan(LOW_CONFIDENCE);
    expect(clip.html).not.toContain('onerror');
    expect(alternatives.map((a) => a.kind)).toEqual(['json-ld']);
    const [alternative] = alternatives;
    expect(alternative?.text.split('\n')).toEqual(storyParagraphs.slice(1, 4));
    expect(alternative?.html).toContain(`<p>${storyParagraphs[2]}</p>`);
    expect(alternative?.wordCount).toBeGreaterThan(50);
    expect(alternative?.score).toBeGreaterThan(confidence);
  });
});
