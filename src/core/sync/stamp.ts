/** The total order of stamps, and the stamp of a new local change. */
import type { SyncStamp } from './types';

/** Negative when a is older than b, positive when newer, 0 for the same stamp. */
export function compareStamps(a: SyncStamp, b: SyncStamp): number {
  return a.at - b.at || (a.device < b.device ? -1 : a.device > b.device ? 1 : 0);
}

export function newestStamp(stamps: Iterable<SyncStamp>): SyncStamp | null {
  let newest: SyncStamp | null = null;
  for (const stamp of stamps) if (!newest || compareStamps(stamp, newest) > 0) newest = stamp;
  return newest;
}

/**
 * A change made here at `at` is stamped after every stamp it replaces, even when another
 * device's clock runs ahead: otherwise the next merge would undo the reader's own change.
 */
export function stampAfter(at: number, device: string, replaced: SyncStamp | null): SyncStamp {
  return { at: replaced && replaced.at >= at ? replaced.at + 1 : at, device };
}
