/**
 * Import and delete-all. Writing an import reports its progress to the options pages
 * (import-progress.ts). HTML bodies arrive already sanitized: the service worker has no
 * DOM for DOMPurify, so the options page runs every imported body through
 * sanitizeArticleHtml before sending it (options/import/import-flow.ts).
 */
import type { ImportItem } from '../../core/formats/types';
import type { Repository } from '../../storage';
import type { HandlerMap } from '../router';
import { ImportStages } from '../import-stage';
import { ImportProgress } from '../import-progress';

type IoRequests = 'import.preview' | 'import.apply' | 'import.stage' | 'import.commit' | 'import.discard' | 'data.deleteAll' | 'images.removeArchived';

export function ioHandlers(repository: Repository, progress = new ImportProgress(), stages = new ImportStages()): Pick<HandlerMap, IoRequests> {
  const write = (items: ImportItem[]) => progress.track(items.length, (onProgress) => repository.applyImport(items, onProgress));
  return {
    'import.preview': ({ urls }) => repository.previewImport(urls),
    'import.apply': ({ items }) => write(items),
    'import.stage': async ({ stageId, items }) => ({ staged: stages.add(stageId, items) }),
    'import.commit': async ({ stageId }) => {
      const items = stages.take(stageId);
      if (!items) {
        throw { code: 'stage-missing', message: 'The import was interrupted before it was written. Nothing was imported; please import the file again.' };
      }
      return write(items);
    },
    'import.discard': async ({ stageId }) => ({ discarded: stages.discard(stageId) }),
    'data.deleteAll': async () => ({ removed: await repository.deleteAll() }),
    'images.removeArchived': async () => ({ articles: await repository.removeArchivedImages() }),
  };
}
