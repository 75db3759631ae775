/** Each stored highlight placed in the shown body, in reading order; those that cannot be placed last, kept. */
import { anchor } from '../../src/core/highlights/anchor';
import type { Highlight } from '../../src/core/highlights/types';
import { rangeAt, type TextMap } from '../textMap';

export interface Placed {
  highlight: Highlight;
  /** Null when its passage is no longer in the body: shown in the panel as not placed. */
  range: Range | null;
  /** Where it is in the body's text; infinite when not placed, so those come last. */
  start: number;
  end: number;
}

export function placeHighlights(map: TextMap, highlights: Highlight[]): Placed[] {
  return highlights
    .map((highlight) => {
      const found = anchor(map.text, highlight);
      return { highlight, range: found && rangeAt(map, found.start, found.end), start: found ? found.start : Number.POSITIVE_INFINITY, end: found ? found.end : Number.POSITIVE_INFINITY };
    })
    .sort((a, b) => a.start - b.start || a.highlight.createdAt - b.highlight.createdAt);
}
