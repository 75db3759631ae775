import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { exportFile, exportFileWithProgress, parseImportFile } from '../../../src/core/formats';
import { NOW } from './fixtures';
import { article } from './sample-article';

function pocketCsv(rows: number): Uint8Array {
  const lines = ['title,url,time_added,tags,status'];
  for (let i = 0; i < rows; i++) lines.push(`Story ${i},https://example.com/${i},${1600000000 + i},news,unread`);
  return new TextEncoder().encode(lines.join('\n'));
}

describe('progress on large files', () => {
  it('an import reports rising fractions up to 1', async () => {
    const fractions: number[] = [];
    const result = await parseImportFile('part_000000.csv', pocketCsv(3500), NOW, (f) => fractions.push(f));
    expect(result.items).toHaveLength(3500);
    expect(fractions.length).toBeGreaterThanOrEqual(4);
    expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
    expect(fractions.at(-1)).toBe(1);
  });

  it('the Markdown zip built in batches is the same file as at once, with progress', async () => {
    // Mostly bodiless links, so the test times batching rather than turndown.
    const articles = Array.from({ length: 250 }, (_, i) =>
      article({ id: `a${i}`, title: `Story ${i % 7}`, savedAt: NOW - i * 3_600_000, ...(i % 50 === 0 ? {} : { kind: 'link', html: '' }) }),
    );
    const fractions: number[] = [];
    const now = new Date(NOW);
    const batched = await exportFileWithProgress(articles, 'markdown-zip', now, (f) => fractions.push(f));
    const direct = exportFile(articles, 'markdown-zip', now);
    expect(batched.fileName).toBe(direct.fileName);
    expect(unzipSync(batched.data as Uint8Array)).toEqual(unzipSync(direct.data as Uint8Array));
    expect(fractions).toEqual([0.4, 0.8, 1]);
  });

  it('Quire JSON for a Blob comes in pieces that join into the same file', async () => {
    for (const count of [0, 1, 250]) {
      const articles = Array.from({ length: count }, (_, i) => article({ id: `a${i}`, savedAt: NOW - i }));
      const now = new Date(NOW);
      const pieces = (await exportFileWithProgress(articles, 'quire-json', now)).data as string[];
      // The head, each article with the separator between two, and the end: nothing joined first.
      expect(pieces.length).toBe(count ? 2 * count + 1 : 2);
      expect(pieces.join('')).toBe(exportFile(articles, 'quire-json', now).data);
    }
  });
});
