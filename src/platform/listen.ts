/** The reader's listening preferences and positions, in browser.storage.local beside the settings. */
import { browser } from './browser';
import { withListenDefaults, withPosition, type ListenState } from '../core/listen-state';

const KEY = 'listen';

export async function loadListenState(): Promise<ListenState> {
  const stored = await browser.storage.local.get(KEY);
  return withListenDefaults(stored[KEY] as Partial<ListenState> | undefined);
}

/** One change at a time, each on the record the one before it wrote, so none is lost. */
let writes: Promise<void> = Promise.resolve();
function update(change: (state: ListenState) => ListenState): Promise<void> {
  writes = writes.then(async () => browser.storage.local.set({ [KEY]: change(await loadListenState()) })).catch(() => undefined);
  return writes;
}

export function saveListenRate(rate: number): Promise<void> {
  return update((state) => ({ ...state, rate }));
}

export function saveListenPosition(id: string, sentence: number): Promise<void> {
  return update((state) => withPosition(state, id, sentence, Date.now()));
}
