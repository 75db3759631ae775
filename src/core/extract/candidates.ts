/**
 * The candidates for a page's article: Readability's pick, the main paragraph block, the
 * JSON-LD articleBody and the largest <article>/<main> holding paragraphs. Each is a
 * detached element the pipeline may finish and change; nothing on the page is touched.
 */
import type { CandidateKind } from '../clip';
import { collapseSpaces, textOf } from './dom';
import { findMainBlock, isOffArticle, type MainBlock } from './main-block';
import { readJsonLdBody } from './metadata/jsonld';

export interface Candidate {
  kind: CandidateKind;
  /** A detached element: the pipeline finishes it in place. */
  content: Element;
  /** The element on the page the content stands for, when known (the lead rule looks around it). */
  source: Element | null;
}

/** Paragraph text a candidate other than Readability's needs to be one. */
export const MIN_CANDIDATE_CHARS = 250;
const MIN_PARAGRAPH_CHARS = 20;
/** How much of the articleBody the page's own paragraphs must hold for it to stand for them. */
const MIN_MATCHED_SHARE = 0.6;
const PROBE_CHARS = 50;

const cloneOf = (el: Element): Element => el.cloneNode(true) as Element;

/** Characters of the paragraphs (20+ characters each) anywhere under `el`. */
function paragraphChars(el: Element): number {
  let chars = 0;
  for (const p of el.getElementsByTagName('p')) {
    const length = (p.textContent ?? '').length;
    if (length >= MIN_PARAGRAPH_CHARS) chars += length;
  }
  return chars;
}

/** The <article>, <main> or role=main element with the most paragraph text, off-article containers left out. */
function largestArticleElement(doc: Document): Element | null {
  let best: { el: Element; chars: number } | null = null;
  for (const el of doc.querySelectorAll('article, main, [role="main"]')) {
    const chars = paragraphChars(el);
    if (chars < MIN_CANDIDATE_CHARS || (best && chars <= best.chars) || isOffArticle(el)) continue;
    best = { el, chars };
  }
  return best?.el ?? null;
}

function commonAncestor(a: Element, b: Element): Element {
  for (let el: Element | null = a; el; el = el.parentElement) if (el.contains(b)) return el;
  return b.ownerDocument.documentElement;
}

/**
 * The JSON-LD articleBody matched back to the page: the closest element holding the page
 * paragraphs that the body contains, when they hold most of it; else the body's own text
 * as paragraphs, one a line.
 */
function jsonLdCandidate(doc: Document): Candidate | null {
  const raw = readJsonLdBody(doc);
  if (!raw || raw.length < MIN_CANDIDATE_CHARS) return null;
  const body = collapseSpaces(raw);
  let matched = 0;
  let ancestor: Element | null = null;
  for (const p of doc.getElementsByTagName('p')) {
    const text = textOf(p);
    if (text.length < MIN_PARAGRAPH_CHARS || !body.includes(text.slice(0, PROBE_CHARS))) continue;
    matched += text.length;
    ancestor = ancestor ? commonAncestor(ancestor, p) : p.parentElement;
  }
  if (ancestor && ancestor !== doc.body && ancestor !== doc.documentElement && matched >= body.length * MIN_MATCHED_SHARE) {
    return { kind: 'json-ld', content: cloneOf(ancestor), source: ancestor };
  }
  const content = doc.createElement('div');
  for (const line of raw.split(/\n+/)) {
    const text = line.trim();
    if (!text) continue;
    const p = doc.createElement('p');
    p.textContent = text;
    content.append(p);
  }
  return { kind: 'json-ld', content, source: null };
}

export interface Candidates {
  /** Readability's pick, the main block, the JSON-LD body, the article element: those found, in that order. */
  all: Candidate[];
  /** The page's main paragraph block, found once for every rule that asks. */
  main: MainBlock | null;
}

/**
 * Every candidate found; Readability's stands for the main block when it holds that
 * block's longest paragraph, and then the main block is no candidate of its own.
 * Candidates that are the same page element as an earlier one are left out.
 */
export function gatherCandidates(doc: Document, pick: Element | null, enabled: (kind: CandidateKind) => boolean): Candidates {
  const main = findMainBlock(doc);
  const all: Candidate[] = [];
  const pickHoldsMain = Boolean(pick && main && textOf(pick).includes(main.probe));
  if (pick) all.push({ kind: 'readability', content: pick, source: pickHoldsMain ? (main?.element ?? null) : null });
  if (main && !pickHoldsMain && enabled('main-block') && (pick || main.chars >= MIN_CANDIDATE_CHARS)) {
    all.push({ kind: 'main-block', content: cloneOf(main.element), source: main.element });
  }
  const seen = (el: Element): boolean => all.some((c) => c.source === el);
  if (enabled('json-ld')) {
    const ld = jsonLdCandidate(doc);
    if (ld && !(ld.source && seen(ld.source))) all.push(ld);
  }
  if (enabled('article-element')) {
    const article = largestArticleElement(doc);
    if (article && !seen(article)) all.push({ kind: 'article-element', content: cloneOf(article), source: article });
  }
  return { all, main };
}
