/**
 * Word count and reading time. Chinese and Japanese are written without spaces, so each
 * Han, Hiragana or Katakana character counts as a word and is read at its own pace.
 */

const CJK_CHAR = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;
const WORD = /[\p{L}\p{N}]+(?:['’\-.][\p{L}\p{N}]+)*/gu;

const WORDS_PER_MINUTE = 230;
const CJK_CHARS_PER_MINUTE = 500;

export interface WordStats {
  wordCount: number;
  readingMinutes: number;
}

export function wordStats(text: string): WordStats {
  const cjk = text.match(CJK_CHAR)?.length ?? 0;
  const words = text.replace(CJK_CHAR, ' ').match(WORD)?.length ?? 0;
  const minutes = words / WORDS_PER_MINUTE + cjk / CJK_CHARS_PER_MINUTE;
  return { wordCount: words + cjk, readingMinutes: Math.max(1, Math.round(minutes)) };
}

/** Reading time for a count alone (a file that gave the count, not the text), at the pace of words; no words, no minutes. */
export function minutesForCount(wordCount: number): number {
  return wordCount > 0 ? Math.max(1, Math.round(wordCount / WORDS_PER_MINUTE)) : 0;
}
