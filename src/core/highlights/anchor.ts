/**
 * Placing a stored highlight in an article's text, which may have changed since it was
 * made (a refetched page, a stricter sanitizer): its exact offsets first, then its quote
 * with the context either side, then the closest approximate match of the quote.
 */
import { matchQuote } from './match-quote';
import type { HighlightTarget } from './types';

export type AnchorMethod = 'position' | 'quote' | 'fuzzy';

export interface Anchored {
  start: number;
  end: number;
  method: AnchorMethod;
}

function atPosition(text: string, { quote, position }: HighlightTarget): Anchored | null {
  if (!position || text.slice(position.start, position.end) !== quote.exact) return null;
  return { start: position.start, end: position.end, method: 'position' };
}

/** The quote found as it was, with its prefix and suffix as they were. */
function inContext(text: string, { quote }: HighlightTarget): Anchored | null {
  const whole = quote.prefix + quote.exact + quote.suffix;
  const at = text.indexOf(whole);
  if (at === -1 || text.indexOf(whole, at + 1) !== -1) return null;
  const start = at + quote.prefix.length;
  return { start, end: start + quote.exact.length, method: 'quote' };
}

const WORD = /[\p{L}\p{N}]/u;

/**
 * An approximate match may start or end inside a word when the edit touched the quote's first
 * or last word ("bike lanes" edited to "cycle lanes" matches "ycle lanes"): a quote that began
 * or ended on a word boundary then grows to the whole word, by at most its error count.
 */
function snapToWords(text: string, target: HighlightTarget, match: { start: number; end: number; errors: number }): { start: number; end: number } {
  const { exact } = target.quote;
  let { start, end } = match;
  const wordAt = (i: number) => i >= 0 && i < text.length && WORD.test(text[i]!);
  if (WORD.test(exact[0]!)) for (let n = 0; n < match.errors && wordAt(start - 1); n++) start--;
  if (WORD.test(exact[exact.length - 1]!)) for (let n = 0; n < match.errors && wordAt(end); n++) end++;
  return { start, end };
}

/** Null when the passage cannot be found: the highlight is kept, shown as not placed. */
export function anchor(text: string, target: HighlightTarget): Anchored | null {
  const placed = atPosition(text, target) ?? inContext(text, target);
  if (placed) return placed;
  const match = matchQuote(text, target.quote, target.position?.start ?? null);
  if (!match) return null;
  return match.errors === 0 ? { start: match.start, end: match.end, method: 'quote' } : { ...snapToWords(text, target, match), method: 'fuzzy' };
}
