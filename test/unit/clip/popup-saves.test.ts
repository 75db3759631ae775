import { beforeEach, describe, expect, test, vi } from 'vitest';
import { pageHandlers } from '../../../src/background/handlers/page';
import type { TabAccess } from '../../../src/background/save';
import type { Clip } from '../../../src/core/clip';
import type { Repository } from '../../../src/storage';
import { freshRepo } from '../storage/helpers';

const tabs = {
  info: vi.fn(async (id: number) => ({ id, url: 'https://news.example/story?utm_source=x', title: 'Tab title', favIconUrl: 'https://news.example/i.png' })),
  extract: vi.fn<TabAccess['extract']>(),
};
let repository: Repository;
let savePage: ReturnType<typeof pageHandlers>['page.save'];
const saved = async () => (await repository.list({ sort: 'savedAt', order: 'desc', limit: 10 })).items;

const clip: Clip = {
  url: 'https://news.example/story',
  canonicalUrl: 'https://news.example/story',
  title: 'Extracted title',
  byline: 'A. Writer',
  siteName: 'News',
  excerpt: 'Short.',
  lang: 'en',
  dir: null,
  publishedTime: null,
  modifiedTime: null,
  leadImageUrl: null,
  faviconUrl: null,
  wordCount: 3,
  readingMinutes: 1,
  suggestedTags: [],
  html: '<p>One two three</p>',
  text: 'One two three',
};

beforeEach(() => {
  vi.clearAllMocks();
  repository = freshRepo().repo;
  savePage = pageHandlers(repository, tabs)['page.save'];
});

describe('what page.save writes', () => {
  test('the clip the popup previewed is saved as it is, with the edited title, without reading the tab again', async () => {
    await savePage({ type: 'page.save', tabId: 3, mode: 'article', clip, tags: ['a'], title: '  My title ' });
    const [meta] = await saved();
    expect(meta).toMatchObject({ url: clip.url, title: 'My title', byline: 'A. Writer', tags: ['a'], kind: 'article', wordCount: 3 });
    expect(await repository.get(meta!.id)).toMatchObject({ html: clip.html, text: clip.text });
    expect(tabs.info).not.toHaveBeenCalled();
    expect(tabs.extract).not.toHaveBeenCalled();
  });

  test('"Save link only" keeps the tab\'s address without tracking parameters, its title and icon, and no body', async () => {
    await savePage({ type: 'page.save', tabId: 3, mode: 'link', clip: null, tags: [] });
    const [meta] = await saved();
    expect(meta).toMatchObject({
      url: 'https://news.example/story',
      canonicalUrl: 'https://news.example/story',
      title: 'Tab title',
      faviconUrl: 'https://news.example/i.png',
      kind: 'link',
    });
    expect(await repository.get(meta!.id)).toMatchObject({ html: '', text: '' });
  });

  test('"Save the page text as it is" reads the tab in page-text mode', async () => {
    tabs.extract.mockResolvedValueOnce({ ok: true, clip: { ...clip, html: '<p>All of it</p>', text: 'All of it' } });
    await savePage({ type: 'page.save', tabId: 3, mode: 'page-text', clip: null, tags: ['t'] });
    expect(tabs.extract).toHaveBeenCalledWith(3, 'https://news.example/story?utm_source=x', 'page-text');
    const [meta] = await saved();
    expect(meta).toMatchObject({ kind: 'article', tags: ['t'] });
    expect(await repository.get(meta!.id)).toMatchObject({ text: 'All of it' });
  });

  test('a tab that cannot be read fails with its reason and message, and nothing is written', async () => {
    tabs.extract.mockResolvedValueOnce({ ok: false, reason: 'timeout', message: 'clipFailure_timeout' });
    await expect(savePage({ type: 'page.save', tabId: 3, mode: 'page-text', clip: null, tags: [] })).rejects.toEqual({
      code: 'timeout',
      message: 'clipFailure_timeout',
    });
    expect(await saved()).toEqual([]);
  });
});
