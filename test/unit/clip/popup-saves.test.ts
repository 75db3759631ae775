import { beforeEach, describe, expect, test, vi } from 'vitest';
import type { Clip } from '../../../src/core/clip';

const tabsGet = vi.fn(async (id: number) => ({ id, url: 'https://news.example/story?utm_source=x', title: 'Tab title', favIconUrl: 'https://news.example/i.png' }));
const saveClip = vi.fn(async (input: unknown) => ({ article: input, created: true }));
const extractFromTab = vi.fn();

vi.mock('../../../src/platform/browser', () => ({ browser: { tabs: { get: tabsGet } }, t: (key: string) => key }));
vi.mock('../../../src/background/db', () => ({ getRepository: () => ({ saveClip }) }));
vi.mock('../../../src/background/tab-extract', () => ({ extractFromTab }));

const { savePage } = await import('../../../src/background/handlers/page');

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

beforeEach(() => vi.clearAllMocks());

describe('what page.save writes', () => {
  test('the clip the popup previewed is saved as it is, with the edited title, without reading the tab again', async () => {
    await savePage({ type: 'page.save', tabId: 3, mode: 'article', clip, tags: ['a'], title: '  My title ' });
    expect(saveClip).toHaveBeenCalledWith({ ...clip, title: 'My title', tags: ['a'], kind: 'article' });
    expect(tabsGet).not.toHaveBeenCalled();
    expect(extractFromTab).not.toHaveBeenCalled();
  });

  test('"Save link only" keeps the tab\'s address, title and icon, and no body', async () => {
    await savePage({ type: 'page.save', tabId: 3, mode: 'link', clip: null, tags: [] });
    expect(saveClip).toHaveBeenCalledWith(
      expect.objectContaining({
        url: 'https://news.example/story?utm_source=x',
        canonicalUrl: 'https://news.example/story',
        title: 'Tab title',
        faviconUrl: 'https://news.example/i.png',
        html: null,
        text: null,
        kind: 'link',
      }),
    );
  });

  test('"Save the page text as it is" reads the tab in page-text mode', async () => {
    extractFromTab.mockResolvedValueOnce({ ok: true, clip: { ...clip, html: '<p>All of it</p>', text: 'All of it' } });
    await savePage({ type: 'page.save', tabId: 3, mode: 'page-text', clip: null, tags: ['t'] });
    expect(extractFromTab).toHaveBeenCalledWith(3, 'https://news.example/story?utm_source=x', 'page-text');
    expect(saveClip).toHaveBeenCalledWith(expect.objectContaining({ text: 'All of it', kind: 'article', tags: ['t'] }));
  });

  test('a tab that cannot be read fails with its reason and message, and nothing is written', async () => {
    extractFromTab.mockResolvedValueOnce({ ok: false, reason: 'timeout', message: 'clipFailure_timeout' });
    await expect(savePage({ type: 'page.save', tabId: 3, mode: 'page-text', clip: null, tags: [] })).rejects.toEqual({
      code: 'timeout',
      message: 'clipFailure_timeout',
    });
    expect(saveClip).not.toHaveBeenCalled();
  });
});
