/** Fields the repository fills in when a clip or an imported item lacks them. */
import { minutesForCount, wordStats } from '../../core/words';

interface Reading {
  wordCount: number;
  readingMinutes: number;
}

const NOTHING: Reading = { wordCount: 0, readingMinutes: 0 };

/**
 * The count and reading time a record keeps: what the clip or file gave, else core's
 * count of the text (wordStats: a Chinese or Japanese character is a word), else what the
 * record already had. No words, no minutes.
 */
export function readingOf(
  text: string | null,
  given: { wordCount?: number | null; readingMinutes?: number | null },
  kept: Reading = NOTHING,
): Reading {
  if (given.wordCount != null) return { wordCount: given.wordCount, readingMinutes: given.readingMinutes ?? minutesForCount(given.wordCount) };
  const counted = text === null ? kept : wordStats(text);
  return { wordCount: counted.wordCount, readingMinutes: given.readingMinutes ?? (counted.wordCount > 0 ? counted.readingMinutes : 0) };
}

/** What to call a page that has no title: its address without the scheme. */
export function fallbackTitle(url: string): string {
  try {
    const { hostname, pathname } = new URL(url);
    return `${hostname}${pathname === '/' ? '' : pathname}`;
  } catch {
    return url;
  }
}
