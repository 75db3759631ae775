/**
 * The popup's first screen, kept in its localStorage (synchronous, so a script can paint it
 * before anything else runs): the list as it last showed unfiltered, titles, sites and
 * states, never a body. Rewritten by the list, cleared by "Delete all data".
 */
import type { SnapNode } from './tree';

/** The localStorage key the snapshot is kept under. */
export const SNAPSHOT_KEY = 'quire:list-snapshot';
const VERSION = 1;

export interface Snapshot {
  lang: string;
  dir: string;
  title: string;
  /** The children of the page's #app. */
  nodes: SnapNode[];
}

/** The snapshot kept, or null when there is none or it is not one this code wrote. */
export function readSnapshot(storage: Storage = localStorage): Snapshot | null {
  try {
    const kept = JSON.parse(storage.getItem(SNAPSHOT_KEY) ?? 'null') as (Snapshot & { v: number }) | null;
    return kept?.v === VERSION && Array.isArray(kept.nodes) ? kept : null;
  } catch {
    return null;
  }
}

let written: string | null = null;

/** Keeps `snapshot` (a storage that refuses, being full, costs only the next open's head start). */
export function writeSnapshot(snapshot: Snapshot, storage: Storage = localStorage): void {
  const text = JSON.stringify({ v: VERSION, ...snapshot });
  if (text === written) return;
  try {
    storage.setItem(SNAPSHOT_KEY, text);
    written = text;
  } catch {
    storage.removeItem(SNAPSHOT_KEY);
  }
}

export function forgetSnapshot(storage: Storage = localStorage): void {
  written = null;
  storage.removeItem(SNAPSHOT_KEY);
}
