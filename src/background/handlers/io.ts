/**
 * Import and delete-all. HTML bodies arrive already sanitized: the service worker has no
 * DOM for DOMPurify, so the options page runs every imported body through
 * sanitizeArticleHtml before sending it (options/import/import-flow.ts).
 */
import { getRepository } from '../db';
import type { HandlerMap } from '../router';
import { ImportStages } from '../import-stage';

const stages = new ImportStages();

export const ioHandlers: Pick<HandlerMap, 'import.preview' | 'import.apply' | 'import.stage' | 'import.commit' | 'import.discard' | 'data.deleteAll'> = {
  'import.preview': ({ urls }) => getRepository().previewImport(urls),
  'import.apply': ({ items }) => getRepository().applyImport(items),
  'import.stage': async ({ stageId, items }) => ({ staged: stages.add(stageId, items) }),
  'import.commit': async ({ stageId }) => {
    const items = stages.take(stageId);
    if (!items) {
      throw { code: 'stage-missing', message: 'The import was interrupted before it was written. Nothing was imported; please import the file again.' };
    }
    return getRepository().applyImport(items);
  },
  'import.discard': async ({ stageId }) => ({ discarded: stages.discard(stageId) }),
  'data.deleteAll': async () => ({ removed: await getRepository().deleteAll() }),
};
