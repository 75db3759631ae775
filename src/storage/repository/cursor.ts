/** Opaque paging cursors: the sort key of the last item shown, or an offset into ranked results. */
import { StorageError } from '../errors';

export type SortKey = 'savedAt' | 'publishedTime' | 'title' | 'readingMinutes';
export type IndexKey = [number | string, string];
export type Cursor = { after: IndexKey } | { offset: number };

export function encodeCursor(cursor: Cursor): string {
  return JSON.stringify(cursor);
}

function isIndexKey(value: unknown): value is IndexKey {
  return (
    Array.isArray(value) &&
    value.length === 2 &&
    (typeof value[0] === 'number' || typeof value[0] === 'string') &&
    typeof value[1] === 'string'
  );
}

export function decodeCursor(raw: string): Cursor {
  try {
    const value: unknown = JSON.parse(raw);
    if (value && typeof value === 'object') {
      const { after, offset } = value as { after?: unknown; offset?: unknown };
      if (isIndexKey(after)) return { after };
      if (typeof offset === 'number' && Number.isInteger(offset) && offset >= 0) return { offset };
    }
  } catch {
    // Falls through to the error below: a cursor is only ever one this module made.
  }
  throw new StorageError('stale-cursor');
}
