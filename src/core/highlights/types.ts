/**
 * A highlight and the W3C Web Annotation selectors that find it again in an article's
 * text: the quote with some context either side, and its offsets in the body's text.
 * https://www.w3.org/TR/annotation-model/#text-quote-selector
 */
export const HIGHLIGHT_COLORS = ['yellow', 'green', 'blue', 'pink'] as const;
export type HighlightColor = (typeof HIGHLIGHT_COLORS)[number];

export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}

/** Offsets in code units into the body's text, `end` exclusive. */
export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

export interface HighlightTarget {
  quote: TextQuoteSelector;
  /** Absent when the highlight came without offsets (an import, the live page). */
  position: TextPositionSelector | null;
}

export interface Highlight extends HighlightTarget {
  id: string;
  articleId: string;
  color: HighlightColor;
  note: string;
  /** Epoch milliseconds. */
  createdAt: number;
  updatedAt: number;
}

export function isHighlightColor(value: unknown): value is HighlightColor {
  return (HIGHLIGHT_COLORS as readonly unknown[]).includes(value);
}
