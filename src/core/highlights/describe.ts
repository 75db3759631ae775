/** The selectors of a passage of a text: what a highlight stores to find it again. */
import type { HighlightTarget, TextQuoteSelector } from './types';

/** Context kept either side of a quote, as Hypothesis keeps. */
export const CONTEXT_LENGTH = 32;

export function quoteSelector(exact: string, prefix = '', suffix = ''): TextQuoteSelector {
  return { type: 'TextQuoteSelector', exact, prefix, suffix };
}

export function describeRange(text: string, start: number, end: number): HighlightTarget {
  return {
    quote: quoteSelector(text.slice(start, end), text.slice(Math.max(0, start - CONTEXT_LENGTH), start), text.slice(end, end + CONTEXT_LENGTH)),
    position: { type: 'TextPositionSelector', start, end },
  };
}
