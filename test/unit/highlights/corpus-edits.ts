/**
 * The Readability test pages' texts, and random passages of them under random small
 * edits: what the anchoring property test checks and `npm run bench:anchor` measures.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import search from 'approx-string-match';
import { parseHTML } from 'linkedom';

const PAGES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../shared/corpus/readability-test-pages');

/** Each page's expected article as the reader's text: its text nodes joined. */
export function corpusTexts(): string[] {
  if (!existsSync(PAGES)) throw new Error(`The Readability test pages are missing: expected them at ${PAGES}`);
  return readdirSync(PAGES)
    .map((page) => parseHTML(`<html><body>${readFileSync(path.join(PAGES, page, 'expected.html'), 'utf8')}</body></html>`).document.body.textContent ?? '')
    .filter((text) => text.trim().length >= 400);
}

/** One edit: `remove` characters at `at` replaced by `insert`. */
export interface Edit {
  at: number;
  remove: number;
  insert: string;
}

export interface Case {
  text: string;
  start: number;
  end: number;
  edits: Edit[];
}

/** Applies edits in turn, tracking where the passage [start, end) goes. */
export function applyEdits({ text, start, end, edits }: Case): { text: string; start: number; end: number } {
  let current = { text, start, end };
  for (const edit of edits) {
    const at = Math.min(edit.at, current.text.length);
    const remove = Math.min(edit.remove, current.text.length - at);
    const shift = edit.insert.length - remove;
    const moved = (offset: number, isEnd: boolean) => (offset > at + remove || (offset === at + remove && (isEnd || remove > 0)) ? offset + shift : Math.min(offset, at + (isEnd ? edit.insert.length : 0)));
    current = { text: current.text.slice(0, at) + edit.insert + current.text.slice(at + remove), start: moved(current.start, false), end: moved(current.end, true) };
  }
  return current;
}

const word = fc.stringMatching(/^[a-z]{1,6}$/);

function editArb(length: number): fc.Arbitrary<Edit> {
  return fc.record({ at: fc.nat({ max: length }), remove: fc.nat({ max: 6 }), insert: fc.oneof(fc.constant(''), word, word.map((w) => ` ${w} `)) });
}

/**
 * A passage of `minLength` (20 by default) to 300 characters holding a few words, and one to
 * `maxEdits` (3) small edits anywhere in the text, each at most 6 characters removed and 8 inserted.
 */
export function caseArb(texts: string[], { minLength = 20, maxEdits = 3 } = {}): fc.Arbitrary<Case> {
  return fc
    .constantFrom(...texts)
    .chain((text) =>
      fc.record({
        text: fc.constant(text),
        start: fc.nat({ max: text.length - 301 }),
        length: fc.integer({ min: minLength, max: 300 }),
        edits: fc.array(editArb(text.length), { minLength: 1, maxLength: maxEdits }),
      }),
    )
    .map(({ text, start, length, edits }) => ({ text, start, end: start + length, edits }))
    .filter(({ text, start, end }) => text.slice(start, end).split(/\s+/).filter((w) => w.length > 2).length >= 3);
}

/**
 * The passage was found again: most of what was found is the edited passage and most of the
 * passage was found, or what was found is an unchanged copy of the passage (a page that repeats
 * itself, such as lorem ipsum, holds several).
 */
export function reanchored(found: { start: number; end: number } | null, truth: { text: string; start: number; end: number }, quote: string): boolean {
  if (!found) return false;
  if (truth.text.slice(found.start, found.end) === quote) return true;
  const overlap = Math.min(found.end, truth.end) - Math.max(found.start, truth.start);
  return overlap >= 0.5 * (truth.end - truth.start) && overlap >= 0.5 * (found.end - found.start);
}

/** The page holds no other copy of the passage, not even one with a quarter of its characters changed (lorem ipsum pages repeat themselves). */
export function isUnique({ text, start, end }: Case): boolean {
  const quote = text.slice(start, end);
  return search(`${text.slice(0, start)}\u0000${text.slice(end)}`, quote, Math.floor(quote.length / 4)).length === 0;
}
