import { describe, expect, test, vi } from 'vitest';
import { clip, freshRepo } from './helpers';

describe('saving a page', () => {
  test('a first save creates an unread article with its body', async () => {
    const { repo } = freshRepo();
    const { article, created } = await repo.saveClip({ ...clip(), tags: ['World News', 'world news'] });
    expect(created).toBe(true);
    expect(article).toMatchObject({ title: 'A story', status: 'unread', favorite: false, progress: 0, tags: ['world news'], kind: 'article' });
    const stored = await repo.get(article.id);
    expect(stored).toMatchObject({ ...article, html: '<p>Body text of the story.</p>', text: 'Body text of the story.' });
  });

  test('saving the same article again, even through a tracking link, refreshes it and keeps the reader state', async () => {
    const { repo } = freshRepo();
    const first = await repo.saveClip({ ...clip(), tags: ['politics'] });
    await repo.setStatus(first.article.id, 'archived');
    await repo.setFavorite(first.article.id, true);
    await repo.setProgress(first.article.id, 0.4);
    const again = await repo.saveClip({
      ...clip({ url: 'http://www.news.example.com/story/?utm_source=feed#top', title: 'A story, updated', text: 'New text.' }),
      tags: ['europe'],
    });
    expect(again.created).toBe(false);
    expect(again.article.id).toBe(first.article.id);
    expect(again.article).toMatchObject({
      title: 'A story, updated',
      status: 'archived',
      favorite: true,
      progress: 0.4,
      savedAt: first.article.savedAt,
      tags: ['politics', 'europe'],
    });
    expect(again.article.updatedAt).toBeGreaterThan(first.article.updatedAt);
    expect((await repo.get(first.article.id))?.text).toBe('New text.');
    expect((await repo.stats()).total).toBe(1);
  });

  test('saving a bare link over a clipped article keeps the article body', async () => {
    const { repo } = freshRepo();
    const first = await repo.saveClip(clip());
    await repo.saveClip({ ...clip({ html: null, text: null, title: null }), kind: 'link' });
    const stored = await repo.get(first.article.id);
    expect(stored).toMatchObject({ kind: 'article', title: 'A story', text: 'Body text of the story.' });
  });

  test('a link without a title is named after its address', async () => {
    const { repo } = freshRepo();
    const { article } = await repo.saveClip({ ...clip({ url: 'https://example.org/a/b', title: '  ', html: null, text: null }), kind: 'link' });
    expect(article).toMatchObject({ title: 'example.org/a/b', kind: 'link', wordCount: 0, readingMinutes: 0 });
  });

  test('the word count and reading time come from the text when extraction gave none', async () => {
    const { repo } = freshRepo();
    const { article } = await repo.saveClip(clip({ text: 'word '.repeat(690) }));
    expect(article).toMatchObject({ wordCount: 690, readingMinutes: 3 });
  });

  test('the first save asks the browser to keep the list persistent, once', async () => {
    const persist = vi.fn(async () => true);
    const { repo } = freshRepo({ storageManager: { persist } });
    expect(persist).not.toHaveBeenCalled();
    await repo.saveClip(clip());
    await repo.saveClip(clip({ url: 'https://example.org/other' }));
    expect(persist).toHaveBeenCalledTimes(1);
  });

  test('getByUrl finds an article by any form of its address', async () => {
    const { repo } = freshRepo();
    const { article } = await repo.saveClip(clip());
    expect(await repo.getByUrl('https://news.example.com/story?fbclid=abc')).toEqual(article);
    expect(await repo.getByUrl('https://news.example.com/other')).toBeNull();
    expect(await repo.get('missing')).toBeNull();
  });

  test('new content for a saved link replaces its body and makes it an article', async () => {
    const { repo } = freshRepo();
    const link = await repo.saveClip({ ...clip({ html: null, text: null }), kind: 'link' });
    const updated = await repo.replaceContent(link.article.id, clip({ text: 'Fetched later.', html: '<p>Fetched later.</p>' }));
    expect(updated).toMatchObject({ id: link.article.id, kind: 'article' });
    expect((await repo.get(link.article.id))?.text).toBe('Fetched later.');
  });

  test('new content whose page names another saved article as canonical fails and changes nothing', async () => {
    const { repo } = freshRepo();
    const other = await repo.saveClip(clip({ url: 'https://news.example.com/other' }));
    const link = await repo.saveClip({ ...clip({ url: 'https://t.example/short', html: null, text: null }), kind: 'link' });
    const fetched = clip({ url: 'https://t.example/short', canonicalUrl: 'https://news.example.com/other', text: 'Fetched later.' });
    await expect(repo.replaceContent(link.article.id, fetched)).rejects.toMatchObject({ code: 'constraint' });
    expect(await repo.get(link.article.id)).toMatchObject({ kind: 'link', canonicalUrl: 'https://t.example/short', text: '' });
    expect(await repo.getByUrl('https://news.example.com/other')).toEqual(other.article);
  });

  test('a saved record leaves its empty fields out of the stored row and reads back with them empty', async () => {
    const { db, repo } = freshRepo();
    const { article } = await repo.saveClip(clip({ byline: null, siteName: null }));
    const row = await db.articles.get(article.id);
    expect(Object.values(row ?? {})).not.toContain(null);
    expect(article).toMatchObject({ byline: null, siteName: null, modifiedTime: null, readAt: null });
    expect(await repo.get(article.id)).toMatchObject({ ...article, text: 'Body text of the story.' });
  });

  test('an imported or saved text without a count is counted as the extraction counts it, a Japanese character a word', async () => {
    const { repo } = freshRepo();
    const { article } = await repo.saveClip(clip({ text: '日本語の文章です。 And three words.', wordCount: null, readingMinutes: null }));
    expect(article).toMatchObject({ wordCount: 11, readingMinutes: 1 });
    await repo.applyImport([{ line: 1, url: 'https://l.example/', title: 'L', tags: [], status: 'unread', favorite: false, savedAt: 1, kind: 'link' }]);
    const [link] = (await repo.list({ sort: 'savedAt', order: 'asc', limit: 1 })).items;
    expect(link).toMatchObject({ wordCount: 0, readingMinutes: 0 });
  });
});
