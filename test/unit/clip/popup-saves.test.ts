import { beforeEach, describe, expect, test, vi } from 'vitest';
import { pageHandlers } from '../../../src/background/handlers/page';
import type { TabAccess } from '../../../src/background/save';
import type { Clip } from '../../../src/core/clip';
import { candidateVersions } from '../../../src/core/clip-choice';
import type { QuireDB, Repository } from '../../../src/storage';
import { freshRepo } from '../storage/helpers';

const tabs = {
  info: vi.fn(async (id: number) => ({ id, url: 'https://news.example/story?utm_source=x', title: 'Tab title', favIconUrl: 'https://news.example/i.png' })),
  extract: vi.fn<TabAccess['extract']>(),
};
let repository: Repository;
let db: QuireDB;
let savePage: ReturnType<typeof pageHandlers>['page.save'];
let readPage: ReturnType<typeof pageHandlers>['page.read'];
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
  ({ repo: repository, db } = freshRepo());
  ({ 'page.save': savePage, 'page.read': readPage } = pageHandlers(repository, tabs));
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

const unsure: Clip = {
  ...clip,
  markdown: 'One two three',
  extraction: {
    confidence: 0.3,
    used: 'readability',
    alternatives: [{ kind: 'main-block', html: '<p>One two three four five</p>', text: 'One two three four five', wordCount: 5, score: 0.28 }],
  },
};
const TAB_URL = 'https://news.example/story?utm_source=x';

describe('saving another version of an unsure clip', () => {
  test('the version chosen in the popup is the body saved, with how sure extraction was and which version was kept', async () => {
    const mainBlock = candidateVersions(unsure)[1]!.clip;
    await savePage({ type: 'page.save', tabId: 3, mode: 'article', clip: mainBlock, tags: [] });
    const [meta] = await saved();
    expect(meta).toMatchObject({ wordCount: 5 });
    expect(await repository.get(meta!.id)).toMatchObject({ html: '<p>One two three four five</p>', text: 'One two three four five' });
    expect(await db.bodies.get(meta!.id)).toEqual({ id: meta!.id, html: '<p>One two three four five</p>', text: 'One two three four five', extraction: { confidence: 0.3, used: 'main-block' } });
    // The Markdown the page made was of the other body, so none is cached for this one.
    expect(await db.markdown.get(meta!.id)).toBeUndefined();
  });

  test('"Link only" chosen from the versions saves no body and keeps nothing of the extraction', async () => {
    await savePage({ type: 'page.save', tabId: 3, mode: 'link', clip: unsure, tags: [], title: 'Edited' });
    const [meta] = await saved();
    expect(meta).toMatchObject({ kind: 'link', title: 'Edited', byline: 'A. Writer' });
    expect(await db.bodies.get(meta!.id)).toEqual({ id: meta!.id, html: '', text: '' });
  });

  test('a body saved before Quire recorded its extraction reads as it did', async () => {
    await savePage({ type: 'page.save', tabId: 3, mode: 'article', clip, tags: [] });
    const [meta] = await saved();
    expect(await db.bodies.get(meta!.id)).toEqual({ id: meta!.id, html: clip.html, text: clip.text });
    expect(await repository.get(meta!.id)).toMatchObject({ html: clip.html, text: clip.text });
  });
});

describe('page.read: the selection or the page text, for the popup to offer', () => {
  test("reads the tab in the mode asked while it still shows the page previewed", async () => {
    tabs.extract.mockResolvedValueOnce({ ok: true, clip: { ...clip, html: '<p>Selected</p>', text: 'Selected' } });
    expect(await readPage({ type: 'page.read', tabId: 3, url: TAB_URL, mode: 'selection' })).toMatchObject({ html: '<p>Selected</p>' });
    expect(tabs.extract).toHaveBeenCalledWith(3, TAB_URL, 'selection');
  });

  test('nothing selected fails with no-article, as the content script says', async () => {
    tabs.extract.mockResolvedValueOnce({ ok: false, reason: 'no-article', message: 'Nothing is selected.' });
    await expect(readPage({ type: 'page.read', tabId: 3, url: TAB_URL, mode: 'selection' })).rejects.toMatchObject({ code: 'no-article' });
  });

  test('a tab gone to another page since the preview is not read, and the save that would read it fails the same way', async () => {
    const elsewhere = 'https://news.example/another-story';
    await expect(readPage({ type: 'page.read', tabId: 3, url: elsewhere, mode: 'page-text' })).rejects.toMatchObject({ code: 'tab-changed' });
    await expect(savePage({ type: 'page.save', tabId: 3, mode: 'page-text', clip: null, tags: [], url: elsewhere })).rejects.toMatchObject({ code: 'tab-changed' });
    expect(tabs.extract).not.toHaveBeenCalled();
    expect(await saved()).toEqual([]);
  });
});
