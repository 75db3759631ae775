/**
 * Import and delete-all. HTML bodies arrive already sanitized: the service worker has no
 * DOM for DOMPurify, so the options page sanitizes every imported body before sending it.
 */
import type { HandlerMap } from '../router';
import { ImportStages } from '../import-stage';

const stages = new ImportStages();

const unavailable = async (): Promise<never> => {
  throw { code: 'unavailable', message: 'Not available yet.' };
};

export const ioHandlers: Pick<HandlerMap, 'import.preview' | 'import.apply' | 'import.stage' | 'import.commit' | 'import.discard' | 'data.deleteAll'> = {
  'import.preview': unavailable,
  'import.apply': unavailable,
  'import.stage': async ({ stageId, items }) => ({ staged: stages.add(stageId, items) }),
  'import.commit': unavailable,
  'import.discard': async ({ stageId }) => ({ discarded: stages.discard(stageId) }),
  'data.deleteAll': unavailable,
};
