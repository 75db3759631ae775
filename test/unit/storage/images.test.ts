import { describe, expect, it } from 'vitest';
import { openImageReader } from '../../../src/storage/image-reader';
import { clip, freshRepo } from './helpers';

const image = (url: string, hash: string, bytes = 'GIF89a…') => ({ url, hash, blob: new Blob([bytes], { type: 'image/gif' }) });

async function twoArticlesSharingAnImage() {
  const { db, repo } = freshRepo();
  const a = (await repo.saveClip(clip({ url: 'https://news.example/a' }))).article;
  const b = (await repo.saveClip(clip({ url: 'https://news.example/b' }))).article;
  await repo.storeImages(a.id, [image('https://news.example/logo.gif', 'h-logo'), image('https://news.example/a.gif', 'h-a')]);
  await repo.storeImages(b.id, [image('https://cdn.example/logo.gif', 'h-logo')]);
  return { db, repo, a, b, reader: openImageReader(db) };
}

describe('images saved with articles', () => {
  it('stores an image shared by two articles once, and each article finds it under its own address', async () => {
    const { db, repo, a, b, reader } = await twoArticlesSharingAnImage();
    expect((await db.images.toCollection().primaryKeys()).sort()).toEqual(['h-a', 'h-logo']);
    expect([...(await reader.imagesOf(a.id)).keys()].sort()).toEqual(['https://news.example/a.gif', 'https://news.example/logo.gif']);
    expect(await (await reader.imagesOf(b.id)).get('https://cdn.example/logo.gif')?.text()).toBe('GIF89a…');
    expect((await repo.stats()).imageBytes).toBe(2 * new Blob(['GIF89a…']).size);
  });

  it('removes a shared image with the last article showing it, and brings it back with undo', async () => {
    const { db, repo, a, b, reader } = await twoArticlesSharingAnImage();
    const first = await repo.remove([a.id]);
    expect((await db.images.toCollection().primaryKeys()).sort()).toEqual(['h-a', 'h-logo']);
    await repo.undoRemove(first.undoToken);
    expect((await reader.imagesOf(a.id)).size).toBe(2);
    await repo.remove([a.id, b.id]);
    expect(await db.images.count()).toBe(2);
  });

  it('lets the images of removed articles go once their undo window has passed', async () => {
    let clock = Date.UTC(2026, 0, 1);
    const { db, repo } = freshRepo({ now: () => clock });
    const a = (await repo.saveClip(clip({ url: 'https://news.example/a' }))).article;
    const other = (await repo.saveClip(clip({ url: 'https://news.example/other' }))).article;
    await repo.storeImages(a.id, [image('https://news.example/a.gif', 'h-a')]);
    await repo.remove([a.id]);
    clock += 11 * 60 * 1000;
    await repo.remove([other.id]);
    expect(await db.images.count()).toBe(0);
  });

  it('replaces an article\'s images when it is clipped again, letting go of the ones it no longer shows', async () => {
    const { db, repo, a } = await twoArticlesSharingAnImage();
    await repo.storeImages(a.id, [image('https://news.example/new.gif', 'h-new')]);
    expect((await db.images.toCollection().primaryKeys()).sort()).toEqual(['h-logo', 'h-new']);
  });

  it('removes the stored images of archived articles only, and keeps the articles', async () => {
    const { db, repo, a, b, reader } = await twoArticlesSharingAnImage();
    await repo.setStatus(a.id, 'archived');
    expect(await repo.removeArchivedImages()).toBe(1);
    expect((await reader.imagesOf(a.id)).size).toBe(0);
    expect((await reader.imagesOf(b.id)).size).toBe(1);
    expect(await db.images.toCollection().primaryKeys()).toEqual(['h-logo']);
    expect(await repo.get(a.id)).not.toBeNull();
  });

  it('stores nothing for an article removed before its images arrived', async () => {
    const { db, repo } = freshRepo();
    expect(await repo.storeImages('gone', [image('https://news.example/x.gif', 'h-x')])).toBe(0);
    expect(await db.images.count()).toBe(0);
  });
});
