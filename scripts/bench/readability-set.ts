/**
 * `npm run bench:extract -- --set readability [--misses] [--json]`: Quire's pipeline and
 * Readability alone over Mozilla Readability's test pages, each scored by the text F1 of
 * its expected.html (text-f1.ts), over all pages and over the held-out fifth.
 */
import { parseDocument } from '../../src/core/extract/node';
import { median, p95 } from './median';
import { PAGE_URL, type HtmlExtractor, type TestPage } from './readability-pages';
import { bagF1, tokenBag, visibleText, type Bag } from './text-f1';

/** A page scores as passed from this F1 up. */
export const PASS_F1 = 0.85;

export interface PageScore {
  page: TestPage;
  f1: number;
  ms: number;
  expected: Bag;
  found: Bag;
}

function scoreOne(page: TestPage, extract: HtmlExtractor): PageScore {
  const doc = parseDocument(page.source, PAGE_URL);
  const start = performance.now();
  let html: string | null = null;
  try {
    html = extract(doc, PAGE_URL);
  } catch {
    html = null;
  }
  const ms = performance.now() - start;
  const expected = tokenBag(visibleText(page.expected));
  const found = tokenBag(html === null ? '' : visibleText(html));
  return { page, f1: html === null ? 0 : bagF1(expected, found), ms, expected, found };
}

/** Each page by every extractor in turn, alternating who goes first, so machine load hits all alike. */
export function scoreSet(pages: TestPage[], extractors: HtmlExtractor[]): PageScore[][] {
  const sides: PageScore[][] = extractors.map(() => []);
  pages.forEach((page, i) => {
    const order = extractors.map((_, k) => (i % 2 === 0 ? k : extractors.length - 1 - k));
    for (const k of order) sides[k]![i] = scoreOne(page, extractors[k]!);
  });
  return sides;
}

export interface SetSummary {
  pages: number;
  meanF1: number;
  below: number;
  medianMs: number;
  p95Ms: number;
}

export function summarize(scores: PageScore[]): SetSummary {
  const f1s = scores.map((s) => s.f1);
  const times = scores.map((s) => s.ms);
  return {
    pages: scores.length,
    meanF1: f1s.reduce((a, b) => a + b, 0) / (scores.length || 1),
    below: f1s.filter((f) => f < PASS_F1).length,
    medianMs: scores.length ? median(times) : 0,
    p95Ms: scores.length ? p95(times) : 0,
  };
}

/** Names of the pages Quire scores below PASS_F1 where Readability alone passes. */
export function regressions(quire: PageScore[], readability: PageScore[]): string[] {
  return quire.filter((q, i) => q.f1 < PASS_F1 && (readability[i]?.f1 ?? 0) >= PASS_F1).map((q) => q.page.name);
}
