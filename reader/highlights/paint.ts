/**
 * Draws highlights with the CSS Custom Highlight API: one registered Highlight per colour,
 * styled by ::highlight(quire-<colour>) in highlights.css. The article's DOM is not touched.
 */
import { HIGHLIGHT_COLORS, type HighlightColor } from '../../src/core/highlights/types';

export interface Painted {
  color: HighlightColor;
  range: Range;
}

export function paintHighlights(painted: Painted[]): void {
  if (typeof CSS === 'undefined' || !('highlights' in CSS)) return;
  for (const color of HIGHLIGHT_COLORS) {
    CSS.highlights.set(`quire-${color}`, new Highlight(...painted.filter((one) => one.color === color).map((one) => one.range)));
  }
}
