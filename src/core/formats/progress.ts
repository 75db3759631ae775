import { isProblem, type RowResult } from './import-item';
import type { ImportItem, ImportProblem } from './types';

const BATCH = 1000;

/** Lets the page handle events and repaint. */
export function pause(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Turns rows into items and problems, reporting progress and letting the page repaint
 * between batches so a progress bar can move during a large import.
 */
export async function collectRows<T>(
  rows: readonly T[],
  toResult: (row: T) => RowResult,
  onProgress?: (fraction: number) => void,
  file?: (row: T) => string | undefined,
): Promise<{ items: ImportItem[]; invalid: ImportProblem[] }> {
  const items: ImportItem[] = [];
  const invalid: ImportProblem[] = [];
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i] as T;
    const result = toResult(row);
    if (isProblem(result)) {
      const name = file?.(row);
      invalid.push(name ? { file: name, ...result } : result);
    } else {
      items.push(result);
    }
    if (onProgress && i % BATCH === BATCH - 1) {
      onProgress((i + 1) / rows.length);
      await pause();
    }
  }
  onProgress?.(1);
  return { items, invalid };
}
