import { describe, expect, test } from 'vitest';
import type { Article } from '../../../src/core/article';
import { exportFile, exportFileWithProgress } from '../../../src/core/formats';
import type { ImportItem } from '../../../src/core/formats/types';
import { freshRepo } from '../storage/helpers';

function items(count: number, markdown = (_i: number): string | undefined => undefined): ImportItem[] {
  return Array.from({ length: count }, (_, i) => ({
    line: i + 1, url: `https://chunks.example/${i}`, title: `Story ${i}`, tags: i % 3 ? ['news'] : [],
    status: i % 2 ? 'archived' : 'unread', favorite: false, savedAt: 1000 + ((i * 7) % count), kind: 'article',
    html: `<p>Body ${i}</p>`, text: `Body ${i}`, markdown: markdown(i),
  }));
}

async function chunksOf(source: { chunks: AsyncIterable<Article[]> }): Promise<Article[][]> {
  const chunks: Article[][] = [];
  for await (const chunk of source.chunks) chunks.push(chunk);
  return chunks;
}

describe('exports read the list in chunks while they write', () => {
  test('the chunks hold the same articles, in the same order, as reading all at once', async () => {
    const { repo } = freshRepo();
    await repo.applyImport(items(12));
    for (const filter of [{}, { status: 'archived' as const }, { tag: 'News' }]) {
      const source = await repo.exportInChunks(filter, { size: 4 });
      const chunks = await chunksOf(source);
      const all = await repo.exportAll(filter);
      expect(chunks.flat()).toEqual(all);
      expect(source.count).toBe(all.length);
      expect(chunks.slice(0, -1).every((chunk) => chunk.length === 4)).toBe(true);
    }
  });

  test('for the Markdown zip, an article with a Markdown cache comes with it and without its body; one without, with its body', async () => {
    const { repo } = freshRepo();
    await repo.applyImport(items(9, (i) => (i % 3 ? `Body **${i}**` : undefined)));
    // The whole list reads every cache at once; a filtered export reads them by id.
    for (const [filter, cachedCount] of [[{}, 6], [{ status: 'archived' as const }, 3]] as const) {
      const all = await repo.exportAll(filter);
      const chunks = (await chunksOf(await repo.exportInChunks(filter, { size: 4, markdown: true }))).flat();
      expect(chunks).toEqual(all.map(({ md, ...article }) => (md ? { ...article, md, html: '', text: '' } : article)));
      expect(chunks.filter((article) => article.md)).toHaveLength(cachedCount);
    }
  });

  test('an empty list gives no chunks', async () => {
    const { repo } = freshRepo();
    const source = await repo.exportInChunks();
    expect(source.count).toBe(0);
    expect(await chunksOf(source)).toEqual([]);
  });

  test('Quire JSON written from the chunks is the file written from the whole list', async () => {
    const { repo } = freshRepo();
    await repo.applyImport(items(250));
    const now = new Date('2026-03-04T05:06:07Z');
    const pieces = (await exportFileWithProgress(await repo.exportInChunks({}, { size: 60 }), 'quire-json', now)).data as string[];
    expect(pieces.join('')).toBe(exportFile(await repo.exportAll(), 'quire-json', now).data);
  });

  test('an article whose body goes while the export reads comes with an empty body', async () => {
    const { db, repo } = freshRepo();
    await repo.applyImport(items(6));
    const source = await repo.exportInChunks({}, { size: 2 });
    const last = (await repo.exportAll()).at(-1)!;
    await db.bodies.delete(last.id);
    expect((await chunksOf(source)).flat().at(-1)).toEqual({ ...last, html: '', text: '' });
  });
});
