/**
 * How text becomes search terms. Words are runs of letters, marks and digits; Chinese
 * and Japanese, written without spaces, become overlapping character pairs (bigrams),
 * so any two-character word in them can be found without a dictionary.
 */
import { foldText } from './fold';

const WORD = /[\p{L}\p{M}\p{N}]+/gu;
const HAS_CJK = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]/u;
const CJK_OR_OTHER = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}ー]+|[^\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}ー]+/gu;
const CJK_RUN = /^[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}ー]+$/u;
const ASCII = /^[\x20-\x7e]*$/;

function bigrams(run: string, out: string[]): void {
  const chars = Array.from(run);
  if (chars.length === 1) out.push(run);
  for (let i = 0; i + 1 < chars.length; i++) out.push(chars[i]! + chars[i + 1]!);
}

export function tokenize(text: string): string[] {
  const out: string[] = [];
  for (const word of text.match(WORD) ?? []) {
    if (!HAS_CJK.test(word)) {
      out.push(word);
      continue;
    }
    for (const part of word.match(CJK_OR_OTHER) ?? []) {
      if (CJK_RUN.test(part)) bigrams(part, out);
      else out.push(part);
    }
  }
  return out;
}

/** Folds a term; plain ASCII, most of the text, skips the costly normalization. */
export function processTerm(term: string): string | null {
  const folded = ASCII.test(term) ? term.toLowerCase() : foldText(term);
  return folded.length > 0 ? folded : null;
}

/** The terms of a query in order, repeats kept, as MiniSearch searches them. */
export function queryOccurrences(query: string): string[] {
  const terms: string[] = [];
  for (const token of tokenize(query)) {
    const term = processTerm(token);
    if (term) terms.push(term);
  }
  return terms;
}

/** The distinct terms a query searches for, as the index sees them. */
export function queryTerms(query: string): string[] {
  return [...new Set(queryOccurrences(query))];
}
