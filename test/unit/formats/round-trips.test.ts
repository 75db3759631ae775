import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../../src/core/article';
import { exportFile, parseImportFile, type ExportFormat } from '../../../src/core/formats';
import { articleArbitrary, bytesOf, cleanTitle } from './article-arbitrary';
import { NOW } from './fixtures';

async function exportAndParse(articles: Article[], format: ExportFormat) {
  const file = exportFile(articles, format, new Date(NOW));
  return parseImportFile(file.fileName, bytesOf(file.data), NOW);
}

describe('export then import', () => {
  it('Quire JSON gives back every article exactly, every field', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(articleArbitrary(), { maxLength: 8 }), async (articles) => {
        const result = await exportAndParse(articles, 'quire-json');
        expect(result.fatal).toBeNull();
        expect(result.invalid).toEqual([]);
        expect(result.items.map(({ line: _line, ...item }) => item)).toEqual(articles);
        expect(result.items.map((item) => item.line)).toEqual(articles.map((_, i) => i + 1));
      }),
      { numRuns: 150 },
    );
  });

  it.each(['pocket-csv', 'netscape'] as const)('%s keeps url, title, tags, status and the saved second', async (format) => {
    await fc.assert(
      fc.asyncProperty(fc.array(articleArbitrary(cleanTitle), { maxLength: 8 }), async (articles) => {
        const result = await exportAndParse(articles, format);
        expect(result.fatal).toBeNull();
        expect(result.invalid).toEqual([]);
        const kept = result.items.map(({ url, title, tags, status, savedAt }) => ({ url, title, tags, status, savedAt }));
        const expected = articles.map(({ url, title, tags, status, savedAt }) => ({ url, title, tags, status, savedAt: Math.floor(savedAt / 1000) * 1000 }));
        expect(kept).toEqual(expected);
      }),
      { numRuns: 150 },
    );
  });

  it('Pocket CSV also keeps favorites and guards spreadsheet formulas without changing titles', async () => {
    const base = fc.sample(articleArbitrary(), { numRuns: 1, seed: 7 })[0] as Article;
    const articles = ['=SUM(A1)', "'=already quoted", '-minus', '@at'].map((title, i) => ({ ...base, url: `https://example.com/${i}`, title, favorite: i % 2 === 0 }));
    const file = exportFile(articles, 'pocket-csv', new Date(NOW));
    expect(String(file.data)).toContain(`"'=SUM(A1)"`);
    const result = await parseImportFile(file.fileName, bytesOf(file.data), NOW);
    expect(result.items.map((item) => [item.title, item.favorite])).toEqual(articles.map((a) => [a.title, a.favorite]));
  });
});
