import { describe, expect, test } from 'vitest';
import { exportFile, parseImportFile } from '../../../src/core/formats';
import { bytesOf } from '../formats/article-arbitrary';
import { NOW } from '../formats/fixtures';
import { freshRepo } from './helpers';
import { passage, savedWithHighlight } from './highlight-fixtures';

async function exported(repo: ReturnType<typeof freshRepo>['repo']) {
  return exportFile(await repo.exportAll(), 'quire-json', new Date(NOW));
}

describe('highlights through Quire JSON', () => {
  test('export, then import into an empty list: identical highlights, ids and times too, counted and searchable', async () => {
    const { repo } = freshRepo();
    const { article } = await savedWithHighlight(repo, 'zeppelin');
    await repo.addHighlight({ articleId: article.id, color: 'pink', note: '', ...passage('Construction starts'), position: null });
    const before = await repo.listHighlights(article.id);
    const file = await exported(repo);
    expect(String(file.data)).toContain('"version":2');

    const other = freshRepo().repo;
    const parsed = await parseImportFile(file.fileName, bytesOf(file.data), NOW);
    expect(parsed.invalid).toEqual([]);
    await other.applyImport(parsed.items);
    expect(await other.listHighlights(article.id)).toEqual(before);
    expect((await other.list({ sort: 'savedAt', order: 'desc', limit: 5, highlighted: true })).items[0]!.highlightCount).toBe(2);
    expect((await other.list({ query: 'zeppelin', sort: 'relevance', order: 'desc', limit: 5 })).total).toBe(1);
  });

  test('imported again into the same list, no highlight comes twice', async () => {
    const { repo } = freshRepo();
    const { article } = await savedWithHighlight(repo, 'a note');
    const parsed = await parseImportFile('quire.json', bytesOf((await exported(repo)).data), NOW);
    await repo.applyImport(parsed.items);
    expect(await repo.listHighlights(article.id)).toHaveLength(1);
  });

  test('a version 1 file still imports, its articles without highlights', async () => {
    const file = JSON.stringify({ format: 'quire', version: 1, exportedAt: '2026-01-01T00:00:00Z', articles: [{ url: 'https://a.example/x', highlights: 'ignored in version 1' }] });
    const parsed = await parseImportFile('old.json', bytesOf(file), NOW);
    expect(parsed.invalid).toEqual([]);
    expect(parsed.items[0]!.highlights).toBeUndefined();
  });

  test('a malformed highlight names its article and the field, and the other articles still import', async () => {
    const bad = { url: 'https://a.example/bad', highlights: [{ color: 'purple', note: '', quote: { exact: 'x', prefix: '', suffix: '' }, position: null }] };
    const file = JSON.stringify({ format: 'quire', version: 2, exportedAt: '2026-01-01T00:00:00Z', articles: [{ url: 'https://a.example/good' }, bad] });
    const parsed = await parseImportFile('new.json', bytesOf(file), NOW);
    expect(parsed.items.map((item) => item.url)).toEqual(['https://a.example/good']);
    expect(parsed.invalid).toMatchObject([{ line: 2, field: 'highlights' }]);
  });
});
