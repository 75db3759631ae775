import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { exportFile, parseImportFile } from '../../../src/core/formats';
import type { ExportedFile } from '../../../src/core/formats/export-file';
import { articleArbitrary, bytesOf } from '../formats/article-arbitrary';
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
