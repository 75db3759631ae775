/** What the reader's selection covers in the body's text: a passage, or a caret inside a highlight. */
import type { Placed } from './placeHighlights';
import { offsetsOf, type TextMap } from '../textMap';

export interface Target {
  start: number;
  end: number;
  /** The highlight the selection is in, if any: the toolbar then changes or removes it. */
  existing: Placed | null;
  rect: DOMRect;
}

function within(placed: Placed[], start: number, end: number): Placed | null {
  return placed.find((one) => one.range !== null && one.start <= start && end <= one.end) ?? null;
}

/** A click that leaves a caret inside a highlight selects that highlight. */
function caretTarget(root: HTMLElement, placed: Placed[], range: Range): Target | null {
  if (!root.contains(range.startContainer)) return null;
  const before = document.createRange();
  before.setStart(root, 0);
  before.setEnd(range.startContainer, range.startOffset);
  const offset = before.toString().length;
  const existing = placed.find((one) => one.range !== null && one.start <= offset && offset < one.end);
  return existing?.range ? { start: existing.start, end: existing.end, existing, rect: existing.range.getBoundingClientRect() } : null;
}

export function selectionTarget(map: TextMap, root: HTMLElement, placed: Placed[]): Target | null {
  const selection = document.getSelection();
  if (!selection || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  if (selection.isCollapsed) return caretTarget(root, placed, range);
  const offsets = offsetsOf(map, range, root);
  if (!offsets || map.text.slice(offsets.start, offsets.end).trim() === '') return null;
  return { ...offsets, existing: within(placed, offsets.start, offsets.end), rect: range.getBoundingClientRect() };
}
