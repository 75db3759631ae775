import { inflateSync, strFromU8, unzipSync } from 'fflate';
import { describe, expect, test } from 'vitest';
import { exportFile, exportFileWithProgress } from '../../../src/core/formats';
import { ARTICLE_KEYS } from '../../../src/core/formats/quire-json-schema';
import type { ImportItem } from '../../../src/core/formats/types';
import { clip, freshRepo } from './helpers';

const NOW = new Date(Date.UTC(2026, 1, 1));

function item(url: string, overrides: Partial<ImportItem> = {}): ImportItem {
  return { line: 1, url, title: 'Imported', tags: [], status: 'unread', favorite: false, savedAt: 1000, kind: 'article', ...overrides };
}

/** The Markdown cached for an article's body, or null when it has none. */
async function cachedMarkdown(db: ReturnType<typeof freshRepo>['db'], id: string): Promise<string | null> {
  const md = (await db.markdown.get(id))?.md;
  return md ? strFromU8(inflateSync(md.deflated)) : null;
}

const zipTexts = (data: unknown) => Object.values(unzipSync(data as Uint8Array)).map((bytes) => strFromU8(bytes));

describe("a body's Markdown, cached for the Markdown zip", () => {
  test('an import stores it for the items with a body, and the zip shows it as stored', async () => {
    const { db, repo } = freshRepo();
    await repo.applyImport([
      item('https://md.example/a', { html: '<p>A body</p>', text: 'A body', markdown: 'The *stored* Markdown', savedAt: 1000 }),
      item('https://md.example/b', { html: '<p>No Markdown came with this one</p>', text: 'No Markdown', savedAt: 2000 }),
      item('https://md.example/c', { kind: 'link', savedAt: 3000 }),
    ]);
    const [a, b, c] = await repo.exportAll();
    expect(await cachedMarkdown(db, a!.id)).toBe('The *stored* Markdown\n');
    expect(await cachedMarkdown(db, b!.id)).toBeNull();
    expect(await db.bodies.get(c!.id)).toBeUndefined();
    const texts = zipTexts((await exportFileWithProgress(await repo.exportInChunks({}, { markdown: true }), 'markdown-zip', NOW)).data);
    expect(texts[0]).toMatch(/\n# Imported\n\nThe \*stored\* Markdown\n$/);
    expect(texts[1]).toMatch(/\n\nNo Markdown came with this one\n$/);
  });

  test('a clip save stores it, and a later save without Markdown leaves no stale cache', async () => {
    const { db, repo } = freshRepo();
    const saved = await repo.saveClip(clip({ markdown: 'Body text of the story.' }));
    expect(await cachedMarkdown(db, saved.article.id)).toBe('Body text of the story.\n');
    await repo.saveClip(clip({ html: '<p>Rewritten</p>', text: 'Rewritten' }));
    expect(await cachedMarkdown(db, saved.article.id)).toBeNull();
    await repo.replaceContent(saved.article.id, clip({ html: '<p>Fetched</p>', text: 'Fetched', markdown: 'Fetched' }));
    expect(await cachedMarkdown(db, saved.article.id)).toBe('Fetched\n');
  });

  test('a link saved without a body stores no cache', async () => {
    const { db, repo } = freshRepo();
    const saved = await repo.saveClip({ ...clip({ html: null, text: null, markdown: 'left over' }), kind: 'link' });
    expect(await db.bodies.get(saved.article.id)).toEqual({ id: saved.article.id, html: '', text: '' });
    expect(await db.markdown.count()).toBe(0);
  });

  test('undoing a removal brings the cache back with the body', async () => {
    const { db, repo } = freshRepo();
    const saved = await repo.saveClip(clip({ markdown: 'Kept through the trash' }));
    const { undoToken } = await repo.remove([saved.article.id]);
    expect(await cachedMarkdown(db, saved.article.id)).toBeNull();
    await repo.undoRemove(undoToken);
    expect(await cachedMarkdown(db, saved.article.id)).toBe('Kept through the trash\n');
  });

  test('Quire JSON leaves it out: it holds the article fields only', async () => {
    const { repo } = freshRepo();
    await repo.applyImport([item('https://md.example/a', { html: '<p>A body</p>', text: 'A body', markdown: 'A body' })]);
    const articles = await repo.exportAll();
    expect(articles[0]!.md).toBeDefined();
    const json = JSON.parse(exportFile(articles, 'quire-json', NOW).data as string) as { articles: Record<string, unknown>[] };
    // `highlights` is left out of an article that has none.
    expect(Object.keys(json.articles[0]!)).toEqual(ARTICLE_KEYS.filter((key) => key !== 'highlights'));
  });
});
