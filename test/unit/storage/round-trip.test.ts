import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { Article } from '../../../src/core/article';
import { exportFile, parseImportFile } from '../../../src/core/formats';
import type { ExportedFile } from '../../../src/core/formats/export-file';
import { urlKey } from '../../../src/core/url';
import { articleArbitrary, bytesOf, cleanTitle } from '../formats/article-arbitrary';
import { NOW } from '../formats/fixtures';
import { freshRepo } from './helpers';

type Repo = ReturnType<typeof freshRepo>['repo'];

async function importFile(repo: Repo, file: ExportedFile): Promise<void> {
  const parsed = await parseImportFile(file.fileName, bytesOf(file.data), NOW);
  expect(parsed.invalid).toEqual([]);
  await repo.applyImport(parsed.items);
}

describe('a Quire JSON export taken back in', () => {
  test('export, delete all, import: every record comes back identical, ids and canonical URLs too', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(articleArbitrary(), { maxLength: 8 }), async (library) => {
        const { repo } = freshRepo();
        await importFile(repo, exportFile(library, 'quire-json', new Date(NOW)));
        const before = await repo.exportAll();
        const file = exportFile(before, 'quire-json', new Date(NOW));
        await repo.deleteAll();
        await importFile(repo, file);
        expect(await repo.exportAll()).toEqual(before);
      }),
      { numRuns: 60 },
    );
  });
});

/** Articles with distinct addresses, as a list holds them: repeated ones would merge on import. */
const distinctLibrary = fc.uniqueArray(articleArbitrary(cleanTitle), { selector: (article) => urlKey(article.url), maxLength: 8 });

/** What an export into an empty list kept of each article, by address. */
async function keptThrough(format: 'pocket-csv' | 'netscape', library: Article[], pick: (article: Article) => unknown) {
  const { repo } = freshRepo();
  await importFile(repo, exportFile(library, format, new Date(NOW)));
  const stored = new Map((await repo.exportAll()).map((article) => [urlKey(article.url), pick(article)]));
  return library.map((article) => stored.get(urlKey(article.url)));
}

describe('a list exported and imported into an empty list', () => {
  test('the Pocket CSV keeps each article\'s reading progress and word count', async () => {
    const pick = ({ progress, wordCount }: Article) => ({ progress, wordCount });
    await fc.assert(
      fc.asyncProperty(distinctLibrary, async (library) => {
        expect(await keptThrough('pocket-csv', library, pick)).toEqual(library.map(pick));
      }),
      { numRuns: 40 },
    );
  });

  test('the bookmarks file keeps favorites, author and published date', async () => {
    const pick = ({ favorite, byline, publishedTime }: Article) => ({ favorite, byline, publishedTime });
    await fc.assert(
      fc.asyncProperty(distinctLibrary, async (library) => {
        const expected = library.map((article) => ({ ...pick(article), byline: article.byline?.trim() || null }));
        expect(await keptThrough('netscape', library, pick)).toEqual(expected);
      }),
      { numRuns: 40 },
    );
  });
});
