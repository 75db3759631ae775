/**
 * A transparent score for an article candidate, 0..1: a weighted sum of six features
 * read from the candidate's own elements (docs/extraction.md, "Candidates"). The weights
 * were set on the design part of the trafilatura evaluation set (held-out pages left out).
 */
import { collapseSpaces, textOf } from './dom';

export interface Features {
  /** Characters of text (spaces collapsed). */
  chars: number;
  /** Share of the text inside links. */
  linkDensity: number;
  /** Paragraphs (p, pre, blockquote, li) of 80+ characters outside links. */
  paragraphs: number;
  /** Share of the text in such paragraphs: text density, low for a container of clutter. */
  proseShare: number;
  /** Where its first such paragraph starts on the page, 0 (top) to 1 (bottom); 0.5 when not found. */
  position: number;
  /** Share of the title's and description's words it holds. */
  overlap: number;
}

/** What the score compares a candidate with: the page's text and its title and description words. */
export interface PageContext {
  text: string;
  words: ReadonlySet<string>;
}

const PROSE_CHARS = 80;
const PROBE_CHARS = 40;
/** Text length from which the length feature is full (log scale from 100 characters). */
const FULL_CHARS = 5000;
const FULL_PARAGRAPHS = 6;
/** Link density at which the link feature is zero. */
const MAX_LINK_DENSITY = 0.5;

export const WEIGHTS: Readonly<Record<keyof Features, number>> = {
  chars: 0.3,
  linkDensity: 0.2,
  paragraphs: 0.15,
  proseShare: 0.15,
  position: 0.05,
  overlap: 0.15,
};

const WORD = /[\p{L}\p{N}]{3,}/gu;

export function wordsOf(text: string): Set<string> {
  return new Set(text.toLowerCase().match(WORD) ?? []);
}

export function pageContext(doc: Document, title: string | null, description: string | null): PageContext {
  return { text: textOf(doc.body), words: wordsOf(`${title ?? ''} ${description ?? ''}`) };
}

function linkedChars(el: Element): number {
  let linked = 0;
  for (const a of el.getElementsByTagName('a')) linked += textOf(a).length;
  return linked;
}

export function featuresOf(content: Element, page: PageContext): Features {
  const text = textOf(content);
  const chars = text.length;
  let paragraphs = 0;
  let proseChars = 0;
  let first: string | null = null;
  for (const p of content.querySelectorAll('p, pre, blockquote, li')) {
    const own = textOf(p);
    if (own.length - linkedChars(p) < PROSE_CHARS || p.parentElement?.closest('p, pre, blockquote, li')) continue;
    paragraphs++;
    proseChars += own.length;
    first ??= own.slice(0, PROBE_CHARS);
  }
  const at = first ? page.text.indexOf(first) : -1;
  const textWords = page.words.size ? wordsOf(text) : new Set<string>();
  let shared = 0;
  for (const word of page.words) if (textWords.has(word)) shared++;
  return {
    chars,
    linkDensity: chars ? Math.min(1, linkedChars(content) / chars) : 0,
    paragraphs,
    proseShare: chars ? Math.min(1, proseChars / chars) : 0,
    position: at < 0 || !page.text.length ? 0.5 : at / page.text.length,
    overlap: page.words.size ? shared / page.words.size : 0,
  };
}

const clamp = (x: number): number => Math.max(0, Math.min(1, x));

/** Each feature mapped to 0..1, higher is more article-like. */
export function featureValues(f: Features): Record<keyof Features, number> {
  return {
    chars: clamp(Math.log(Math.max(f.chars, 1) / 100) / Math.log(FULL_CHARS / 100)),
    linkDensity: clamp(1 - f.linkDensity / MAX_LINK_DENSITY),
    paragraphs: clamp(f.paragraphs / FULL_PARAGRAPHS),
    proseShare: clamp(f.proseShare),
    position: clamp(1 - f.position),
    overlap: clamp(f.overlap),
  };
}

export function scoreOf(f: Features): number {
  const values = featureValues(f);
  let score = 0;
  for (const key of Object.keys(WEIGHTS) as (keyof Features)[]) score += WEIGHTS[key] * values[key];
  return score;
}

/** Share of `other`'s text that `text` does not hold, judged by the starts of its paragraphs. */
export function novelShare(other: Element, text: string): number {
  let total = 0;
  let novel = 0;
  const haystack = collapseSpaces(text);
  for (const p of other.querySelectorAll('p, pre, blockquote, li')) {
    const own = textOf(p);
    if (own.length < PROSE_CHARS || p.parentElement?.closest('p, pre, blockquote, li')) continue;
    total += own.length;
    if (!haystack.includes(own.slice(0, PROBE_CHARS))) novel += own.length;
  }
  return total ? novel / total : 0;
}
