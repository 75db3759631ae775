/** The trafilatura evaluation corpus and its metric (see ../shared/corpus/README.md). */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { decodeHtmlBytes } from '../../src/core/extract/decode';

export const CORPUS_DIR = path.resolve(import.meta.dirname, '../../../shared/corpus/trafilatura-eval');

/** Why the corpus cannot be read (one line), or null when it is there. */
export function corpusProblem(): string | null {
  if (existsSync(path.join(CORPUS_DIR, 'evaldata.json'))) return null;
  return `The extraction corpus is missing: ${CORPUS_DIR} (the tests read ../shared/corpus beside the repository; see README.md).`;
}

export interface EvalPage {
  url: string;
  file: string;
  with: string[];
  without: string[];
  /** Every fifth page by sorted file name (index % 5 == 4) is held out while rules are designed. */
  heldOut: boolean;
}

export function loadEvalPages(): EvalPage[] {
  const data = JSON.parse(readFileSync(path.join(CORPUS_DIR, 'evaldata.json'), 'utf8')) as Record<string, Omit<EvalPage, 'url' | 'heldOut'>>;
  const files = Object.values(data).map((entry) => entry.file).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const heldOut = new Set(files.filter((_, index) => index % 5 === 4));
  return Object.entries(data).map(([url, entry]) => ({ url, ...entry, heldOut: heldOut.has(entry.file) }));
}

export function readPageHtml(page: EvalPage): string {
  const cached = path.join(CORPUS_DIR, 'cache', page.file);
  const file = existsSync(cached) ? cached : path.join(CORPUS_DIR, 'eval', page.file);
  return decodeHtmlBytes(readFileSync(file));
}

export interface Counts {
  tp: number;
  fn: number;
  fp: number;
  tn: number;
}

const normalize = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** Scores one page; a failed extraction (null) misses every "with" snippet. */
export function scorePage(page: EvalPage, text: string | null): Counts {
  const haystack = normalize(text ?? '');
  const found = (snippet: string): boolean => text !== null && haystack.includes(normalize(snippet));
  const withFound = page.with.filter(found).length;
  const withoutFound = page.without.filter(found).length;
  return { tp: withFound, fn: page.with.length - withFound, fp: withoutFound, tn: page.without.length - withoutFound };
}

export function addCounts(a: Counts, b: Counts): Counts {
  return { tp: a.tp + b.tp, fn: a.fn + b.fn, fp: a.fp + b.fp, tn: a.tn + b.tn };
}

export function metrics(c: Counts): { precision: number; recall: number; accuracy: number; f1: number } {
  const precision = c.tp / (c.tp + c.fp || 1);
  const recall = c.tp / (c.tp + c.fn || 1);
  const accuracy = (c.tp + c.tn) / (c.tp + c.tn + c.fp + c.fn || 1);
  const f1 = (2 * precision * recall) / (precision + recall || 1);
  return { precision, recall, accuracy, f1 };
}
