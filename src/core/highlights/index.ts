/** Highlights: their records, the selectors that describe a passage, and placing them again. */
export * from './types';
export { describeRange, quoteSelector, CONTEXT_LENGTH } from './describe';
export { anchor, type Anchored, type AnchorMethod } from './anchor';
export { matchQuote, type QuoteMatch } from './match-quote';
