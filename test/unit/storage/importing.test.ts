import { describe, expect, test } from 'vitest';
import type { ImportItem } from '../../../src/core/formats/types';
import { clip, freshRepo } from './helpers';

function item(url: string, overrides: Partial<ImportItem> = {}): ImportItem {
  return { line: 1, url, title: 'Imported', tags: [], status: 'unread', favorite: false, savedAt: 1000, kind: 'link', ...overrides };
}

describe('importing and exporting', () => {
  test('the preview counts the articles an import creates, those already in the list it updates, and the repeats inside the file apart', async () => {
    const { repo } = freshRepo();
    await repo.saveClip(clip({ url: 'https://i.example/saved' }));
    const preview = await repo.previewImport([
      'https://i.example/saved?utm_medium=email',
      'https://i.example/saved',
      'https://i.example/new',
      'https://www.i.example/new/',
      'https://i.example/other',
    ]);
    expect(preview).toEqual({ new: 2, inList: 1, repeated: 2 });
  });

  test('a link twice in one file, imported into an empty list, is one new article and not "already in your list"', async () => {
    const { repo } = freshRepo();
    const urls = ['https://i.example/a', 'https://i.example/a#top', 'https://i.example/b'];
    expect(await repo.previewImport(urls)).toEqual({ new: 2, inList: 0, repeated: 1 });
    expect(await repo.applyImport(urls.map((url) => item(url)))).toEqual({ added: 2, merged: 0 });
  });

  test('duplicates merge their tags into the saved article and keep its reading state', async () => {
    const { repo } = freshRepo();
    const saved = await repo.saveClip({ ...clip({ url: 'https://i.example/saved' }), tags: ['mine'] });
    await repo.setFavorite(saved.article.id, true);
    const progress: number[] = [];
    const result = await repo.applyImport(
      [
        item('https://i.example/saved', { tags: ['Pocket'], favorite: false, status: 'archived' }),
        item('https://i.example/new', { tags: ['a'], status: 'archived', savedAt: 5000, html: '<p>Hi</p>', text: 'Hi there' }),
        item('https://i.example/new#comments', { tags: ['b'] }),
      ],
      (done) => progress.push(done),
    );
    expect(result).toEqual({ added: 1, merged: 1 });
    expect(progress).toEqual([2]);
    expect(await repo.get(saved.article.id)).toMatchObject({ tags: ['mine', 'pocket'], favorite: true, status: 'unread' });
    const added = await repo.getByUrl('https://i.example/new');
    expect(added).toMatchObject({ tags: ['a', 'b'], status: 'archived', readAt: 5000, savedAt: 5000, wordCount: 2 });
    expect((await repo.list({ query: 'there', sort: 'relevance', order: 'desc', limit: 5 })).items).toEqual([added]);
  });

  test("a Quire export's ids and canonical URLs are kept, but never an id another article holds", async () => {
    const { repo } = freshRepo();
    const saved = await repo.saveClip(clip({ url: 'https://i.example/saved' }));
    await repo.applyImport([
      item('https://i.example/moved/x?ref=home', { id: saved.article.id, canonicalUrl: 'https://i.example/x' }),
      item('https://m.i.example/y', { id: 'id-of-y', canonicalUrl: 'https://i.example/y' }),
      item('https://i.example/z', { id: 'id-of-y', canonicalUrl: 'not a web address' }),
    ]);
    expect(await repo.get(saved.article.id)).toMatchObject({ url: 'https://i.example/saved' });
    expect(await repo.getByUrl('https://i.example/x')).toMatchObject({ url: 'https://i.example/moved/x?ref=home', canonicalUrl: 'https://i.example/x' });
    expect((await repo.getByUrl('https://i.example/x'))!.id).not.toBe(saved.article.id);
    expect(await repo.getByUrl('https://i.example/y')).toMatchObject({ id: 'id-of-y', url: 'https://m.i.example/y' });
    expect(await repo.getByUrl('https://i.example/z')).toMatchObject({ canonicalUrl: 'https://i.example/z' });
    expect((await repo.getByUrl('https://i.example/z'))!.id).not.toBe('id-of-y');
  });

  test('export gives every article with its body, filtered on request', async () => {
    const { repo } = freshRepo();
    const a = await repo.saveClip({ ...clip({ url: 'https://i.example/a', text: 'A text' }), tags: ['x'] });
    await repo.saveClip(clip({ url: 'https://i.example/b' }));
    const all = await repo.exportAll();
    expect(all.map((x) => x.url)).toEqual(['https://i.example/a', 'https://i.example/b']);
    const tagged = await repo.exportAll({ tag: 'X' });
    expect(tagged).toEqual([{ ...a.article, html: '<p>Body text of the story.</p>', text: 'A text' }]);
    expect(await repo.exportAll({ favorite: true })).toEqual([]);
  });

  test('a link imported without content reads, exports, removes and comes back with an empty body', async () => {
    const { repo } = freshRepo();
    await repo.applyImport([item('https://i.example/link', { title: 'Just a link' })]);
    const link = (await repo.getByUrl('https://i.example/link'))!;
    expect(await repo.get(link.id)).toEqual({ ...link, html: '', text: '' });
    expect(await repo.exportAll()).toEqual([{ ...link, html: '', text: '' }]);
    const { undoToken } = await repo.remove([link.id]);
    expect(await repo.get(link.id)).toBeNull();
    await repo.undoRemove(undoToken);
    expect(await repo.get(link.id)).toEqual({ ...link, html: '', text: '' });
    expect((await repo.list({ query: 'link', sort: 'relevance', order: 'desc', limit: 5 })).items).toEqual([link]);
  });
});
