/** Hears the background's report on the import it is writing (IMPORT_PROGRESS_PORT), until the returned function is called. */
import { browser } from '../../src/platform/browser';
import { IMPORT_PROGRESS_PORT, type ImportProgressState } from '../../src/protocol';

export function watchImport(onState: (state: ImportProgressState) => void): () => void {
  const port = browser.runtime.connect({ name: IMPORT_PROGRESS_PORT });
  port.onMessage.addListener((message) => onState(message as ImportProgressState));
  return () => port.disconnect();
}
