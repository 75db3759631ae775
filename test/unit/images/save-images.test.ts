import { describe, expect, it, vi } from 'vitest';
import { bytesToBase64, type PageImages } from '../../../src/core/images/transfer';
import { fetchImages, storeFetched } from '../../../src/background/images/save-images';
import { openImageReader } from '../../../src/storage/image-reader';
import { StorageError } from '../../../src/storage';
import { clip, freshRepo } from '../storage/helpers';

const granted = new Set<string>();
vi.mock('../../../src/platform/browser', () => ({
  browser: { permissions: { contains: async ({ origins }: { origins: string[] }) => origins.every((o) => granted.has(o)) } },
}));

const gif = (w: number, h: number, pad = 0) => new Uint8Array([0x47, 0x49, 0x46, 0x38, 0x39, 0x61, w & 255, w >> 8, h & 255, h >> 8, ...new Array(pad).fill(0)]);
const settings = { offline: true, maxImageMB: 1, maxArticleMB: 2, offered: true };
const body = '<p><img src="https://news.example/a.gif"><img src="https://news.example/pixel-ish.gif"><img src="https://cdn.example/b.gif"></p>';

function tab(extra: Partial<PageImages> = {}) {
  const page: PageImages = {
    urls: ['https://news.example/a.gif', 'https://news.example/pixel-ish.gif', 'https://cdn.example/b.gif'],
    fetched: [
      { url: 'https://news.example/a.gif', type: 'image/gif', base64: bytesToBase64(gif(640, 480, 100)) },
      { url: 'https://news.example/pixel-ish.gif', type: 'image/gif', base64: bytesToBase64(gif(1, 1)) },
    ],
    remote: ['https://cdn.example/b.gif'],
    tooLarge: 1,
    failed: 0,
    ...extra,
  };
  return async () => page;
}

describe('saving a clip\'s images', () => {
  it('stores the page\'s own images as they came, leaves the pixel out, and counts what needs access to another site', async () => {
    const { db, repo } = freshRepo();
    const { article } = await repo.saveClip(clip({ html: body }));
    const outcome = await storeFetched(repo, article.id, await fetchImages(tab(), 1, clip({ html: body }), settings));
    expect(outcome).toEqual({ stored: 1, needAccess: 1, skipped: 2, quota: false });
    const stored = await openImageReader(db).imagesOf(article.id);
    expect([...stored.keys()]).toEqual(['https://news.example/a.gif']);
    expect(new Uint8Array(await stored.get('https://news.example/a.gif')!.arrayBuffer())).toEqual(gif(640, 480, 100));
  });

  it('keeps images in page order only as far as the cap on one article allows', async () => {
    const { repo } = freshRepo();
    const { article } = await repo.saveClip(clip({ html: body }));
    const big = bytesToBase64(gif(800, 600, 900 * 1024));
    const fetched = ['a', 'b', 'c'].map((n) => ({ url: `https://news.example/${n}.gif`, type: 'image/gif', base64: big }));
    const outcome = await storeFetched(repo, article.id, await fetchImages(tab({ urls: fetched.map((f) => f.url), fetched, remote: [], tooLarge: 0 }), 1, clip({ html: body }), settings));
    expect(outcome).toMatchObject({ stored: 2, skipped: 1 });
  });

  it('leaves other sites\' images out while "Save images for offline reading" is off, even with access granted', async () => {
    granted.add('https://cdn.example/*');
    const { repo } = freshRepo();
    const { article } = await repo.saveClip(clip({ html: body }));
    const outcome = await storeFetched(repo, article.id, await fetchImages(tab({ tooLarge: 0 }), 1, clip({ html: body }), { ...settings, offline: false }));
    expect(outcome).toEqual({ stored: 1, needAccess: 1, skipped: 1, quota: false });
    granted.clear();
  });

  it('saves the article without its images when the storage is full, and says so', async () => {
    const { repo } = freshRepo();
    const { article } = await repo.saveClip(clip({ html: body }));
    const full = { ...repo, storeImages: async () => { throw new StorageError('quota'); } };
    const outcome = await storeFetched(full, article.id, await fetchImages(tab(), 1, clip({ html: body }), settings));
    expect(outcome).toMatchObject({ stored: 0, quota: true });
    expect(await repo.get(article.id)).toMatchObject({ html: body });
  });
});
