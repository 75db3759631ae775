/** What the import preview says and its button offers, from what the import would do: messages with a count (tCount). */
import type { ImportPreview } from './import-flow';

export interface CountMessage {
  key: string;
  count: number;
  substitutions?: string[];
}

/** The button names what pressing it does: the articles it creates and those it updates; null when the file brings nothing. */
export function applyMessage(preview: ImportPreview): CountMessage | null {
  if (preview.new > 0 && preview.inList > 0) return { key: 'optionsImportApplyBoth', count: preview.new, substitutions: [preview.inList.toLocaleString()] };
  if (preview.new > 0) return { key: 'optionsImportApply', count: preview.new };
  if (preview.inList > 0) return { key: 'optionsImportApplyUpdate', count: preview.inList };
  return null;
}

/** Said plainly in place of "New articles: 0" when every article of the file is in the list already. */
export function nothingNewMessage(preview: ImportPreview): CountMessage | null {
  return preview.new === 0 && preview.inList > 0 ? { key: 'optionsImportNothingNew', count: preview.inList } : null;
}
