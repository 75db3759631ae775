/**
 * Finds a quote that may have changed, in a text that may have changed, the way
 * Hypothesis's match-quote does: candidate places from approx-string-match (Myers'
 * bit-parallel algorithm), each scored on the quote, its prefix, its suffix and its
 * distance from where it was, weighted 50, 20, 20 and 2.
 */
import search, { type Match } from 'approx-string-match';
import type { TextQuoteSelector } from './types';

export interface QuoteMatch {
  start: number;
  end: number;
  /** 0 to 1: how well the quote and its context match there. */
  score: number;
  errors: number;
}

const WEIGHTS = { quote: 50, prefix: 20, suffix: 20, position: 2 };
const MAX_SCORE = WEIGHTS.quote + WEIGHTS.prefix + WEIGHTS.suffix + WEIGHTS.position;
/** A place whose quote differs in more than a quarter of its characters is not the passage. */
const MAX_ERROR_RATE = 0.25;

function exactMatches(text: string, quote: string): Match[] {
  const found: Match[] = [];
  for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1)) found.push({ start: at, end: at + quote.length, errors: 0 });
  return found;
}

function closest(text: string, pattern: string, maxErrors: number): Match[] {
  const exact = exactMatches(text, pattern);
  return exact.length > 0 ? exact : search(text, pattern, maxErrors);
}

/** 0 to 1: how closely `expected` appears in `actual`. */
function similarity(actual: string, expected: string): number {
  if (expected.length === 0) return 1;
  if (actual.length === 0) return 0;
  const [best] = closest(actual, expected, expected.length);
  return best ? 1 - best.errors / expected.length : 0;
}

export function matchQuote(text: string, quote: TextQuoteSelector, hint: number | null): QuoteMatch | null {
  const { exact, prefix, suffix } = quote;
  if (exact.length === 0) return null;
  const maxErrors = Math.min(256, Math.floor(exact.length * MAX_ERROR_RATE));
  const score = (match: Match) => {
    const before = similarity(text.slice(Math.max(0, match.start - prefix.length), match.start), prefix);
    const after = similarity(text.slice(match.end, match.end + suffix.length), suffix);
    const near = hint === null ? 1 : 1 - Math.abs(match.start - hint) / Math.max(1, text.length);
    const raw = WEIGHTS.quote * (1 - match.errors / exact.length) + WEIGHTS.prefix * before + WEIGHTS.suffix * after + WEIGHTS.position * near;
    return raw / MAX_SCORE;
  };
  let best: QuoteMatch | null = null;
  for (const match of closest(text, exact, maxErrors)) {
    const scored = { start: match.start, end: match.end, errors: match.errors, score: score(match) };
    if (!best || scored.score > best.score) best = scored;
  }
  return best;
}
