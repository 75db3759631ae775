import { describe, expect, test } from 'vitest';
import { writeHtmlList } from '../../../src/core/formats/html-write';
import { writeNetscape } from '../../../src/core/formats/netscape-write';
import { writePocketCsv } from '../../../src/core/formats/pocket-csv-write';
import { clip, freshRepo } from './helpers';

const TRACKED = 'https://news.example.com/story?id=7&utm_source=newsletter&utm_medium=email#comments';
const CLEAN = 'https://news.example.com/story?id=7';

describe('the address a saved article keeps', () => {
  test('a page saved through a tracking link keeps its address without the tracking parameters or fragment', async () => {
    const { repo } = freshRepo();
    const { article } = await repo.saveClip(clip({ url: TRACKED, canonicalUrl: CLEAN }));
    expect(article.url).toBe(CLEAN);
    expect((await repo.get(article.id))?.url).toBe(CLEAN);
  });

  test('the HTML list, the bookmarks file and the Pocket CSV link the cleaned address', async () => {
    const { repo } = freshRepo();
    const { article } = await repo.saveClip(clip({ url: TRACKED, canonicalUrl: CLEAN }));
    const full = (await repo.get(article.id))!;
    for (const file of [writeHtmlList([full], new Date()), writeNetscape([full]), writePocketCsv([full])]) {
      expect(file).toContain(CLEAN);
      expect(file).not.toContain('utm_');
    }
  });

  test('an imported link keeps its address without the tracking parameters', async () => {
    const { repo } = freshRepo();
    await repo.applyImport([{ line: 1, url: TRACKED, title: 'From a file', tags: [], status: 'unread', favorite: false, savedAt: Date.UTC(2025, 0, 1), kind: 'link' }]);
    expect((await repo.getByUrl(CLEAN))?.url).toBe(CLEAN);
  });
});
