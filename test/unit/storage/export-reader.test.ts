import { describe, expect, test } from 'vitest';
import { openExportReader } from '../../../src/storage/export-reader';
import { clip, freshRepo } from './helpers';

describe('the export page reads the list without a way to change it', () => {
  test('metadata comes oldest saved first, filtered, with empty bodies', async () => {
    const { db, repo } = freshRepo();
    await repo.saveClip({ ...clip({ url: 'https://example.com/1', title: 'First' }), tags: ['news'] });
    await repo.saveClip({ ...clip({ url: 'https://example.com/2', title: 'Second' }), tags: [] });
    await repo.saveClip({ ...clip({ url: 'https://example.com/3', title: 'Third' }), tags: ['news'] });
    const reader = openExportReader(db);
    const articles = await reader.metadata({ tag: 'news' });
    expect(articles.map((a) => [a.title, a.html, a.text])).toEqual([['First', '', ''], ['Third', '', '']]);
    expect(Object.keys(reader).sort()).toEqual(['chunks', 'imagesOf', 'metadata', 'withImages']);
  });

  test('chunks carry the bodies', async () => {
    const { db, repo } = freshRepo();
    await repo.saveClip({ ...clip(), tags: [] });
    const { count, chunks } = await openExportReader(db).chunks({});
    const read = [];
    for await (const chunk of chunks) read.push(...chunk);
    expect([count, read[0]?.text]).toEqual([1, 'Body text of the story.']);
  });
});
