/** Highlights in Quire JSON (version 2): each article's list, checked, and read into import items. */
import type { FileHighlight } from '../article';
import { isHighlightColor } from '../highlights/types';
import type { ImportHighlight } from './types';

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isString = (v: unknown): v is string => typeof v === 'string';

function isQuote(v: unknown): boolean {
  return isObject(v) && isString(v.exact) && v.exact.length > 0 && isString(v.prefix) && isString(v.suffix);
}

function isPosition(v: unknown): boolean {
  return v === null || (isObject(v) && isNumber(v.start) && isNumber(v.end) && v.start >= 0 && v.end > v.start);
}

function isFileHighlight(v: unknown): boolean {
  return (
    isObject(v) &&
    isHighlightColor(v.color) &&
    isString(v.note) &&
    isQuote(v.quote) &&
    isPosition(v.position ?? null) &&
    (v.id === undefined || isString(v.id)) &&
    (v.createdAt === undefined || isNumber(v.createdAt)) &&
    (v.updatedAt === undefined || isNumber(v.updatedAt))
  );
}

export const isHighlightList = (v: unknown): boolean => Array.isArray(v) && v.every(isFileHighlight);

/** What the writer puts in the file: the record without its article's id, the selectors as the W3C model names them. */
export function fileHighlights(highlights: readonly FileHighlight[] | undefined): FileHighlight[] {
  return (highlights ?? []).map(({ id, color, note, quote, position, createdAt, updatedAt }) => ({ id, color, note, quote, position, createdAt, updatedAt }));
}

/** A checked list (isHighlightList) as import items' highlights. */
export function importHighlights(list: unknown[]): ImportHighlight[] {
  return (list as Record<string, Record<string, unknown>>[]).map((h) => ({
    id: h.id as unknown as string | undefined,
    createdAt: h.createdAt as unknown as number | undefined,
    updatedAt: h.updatedAt as unknown as number | undefined,
    color: h.color as unknown as ImportHighlight['color'],
    note: h.note as unknown as string,
    quote: { type: 'TextQuoteSelector', exact: h.quote!.exact as string, prefix: h.quote!.prefix as string, suffix: h.quote!.suffix as string },
    position: h.position ? { type: 'TextPositionSelector', start: h.position.start as number, end: h.position.end as number } : null,
  }));
}
