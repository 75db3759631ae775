/**
 * Omnivore's highlights, from its two places in the export: the `highlights` list of a
 * metadata entry ({type: "HIGHLIGHT", quote, annotation, prefix, suffix, color, createdAt,
 * updatedAt}), and highlights/<slug>.md, each highlight a quote ("> text [⤴️](link)") with
 * its note in the lines after it. The JSON's, which carry context, win when both are there.
 */
import { quoteSelector } from '../highlights/describe';
import { isHighlightColor, type HighlightColor } from '../highlights/types';
import { isRecord } from './json-text';
import type { ImportHighlight } from './types';

export const OMNIVORE_HIGHLIGHTS = /(^|\/)highlights\/([^/]+)\.md$/;

const raw = (value: unknown) => (typeof value === 'string' ? value : '');
const text = (value: unknown) => raw(value).trim();

function colorOf(value: unknown): HighlightColor {
  const name = text(value).toLowerCase();
  return isHighlightColor(name) ? name : name === 'red' ? 'pink' : 'yellow';
}

function timeOf(value: unknown): number | undefined {
  const ms = Date.parse(text(value));
  return Number.isFinite(ms) ? ms : undefined;
}

/** The metadata entry's highlight annotations (notes alone and other kinds are left out). */
export function jsonHighlights(list: unknown): ImportHighlight[] {
  if (!Array.isArray(list)) return [];
  return list.flatMap((entry) => {
    if (!isRecord(entry) || (entry.type !== undefined && entry.type !== 'HIGHLIGHT') || !text(entry.quote)) return [];
    const createdAt = timeOf(entry.createdAt);
    return [{ color: colorOf(entry.color), note: text(entry.annotation), quote: quoteSelector(text(entry.quote), raw(entry.prefix), raw(entry.suffix)), position: null, createdAt, updatedAt: timeOf(entry.updatedAt) ?? createdAt }];
  });
}

const LINK_BACK = /\s*\[⤴️\]\([^)]*\)\s*$/u;

/** highlights/<slug>.md: a quote block per highlight, the lines up to the next quote its note. */
export function markdownHighlights(markdown: string): ImportHighlight[] {
  const found: { quote: string[]; note: string[] }[] = [];
  let inQuote = false;
  for (const line of markdown.split(/\r?\n/)) {
    const quoted = /^>\s?(.*)$/.exec(line);
    const last = found[found.length - 1];
    if (quoted && inQuote) last!.quote.push(quoted[1]!);
    else if (quoted) found.push({ quote: [quoted[1]!], note: [] });
    else if (last && line.trim()) last.note.push(line.trim());
    inQuote = quoted !== null;
  }
  return found
    .map(({ quote, note }) => ({ exact: quote.join('\n').replace(LINK_BACK, '').trim(), note: note.join('\n') }))
    .filter(({ exact }) => exact)
    .map(({ exact, note }) => ({ color: 'yellow' as const, note, quote: quoteSelector(exact), position: null }));
}
