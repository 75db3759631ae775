/**
 * Marks the sentence being read and keeps it in view. The CSS Custom Highlight API
 * paints the range without touching the article's DOM; where it is missing, the
 * sentence's block gets a class instead.
 */
import type { SpokenSentence } from './sentenceRanges';

export const HIGHLIGHT = 'quire-listen';
const FALLBACK_CLASS = 'listen-current';
/** Room kept free above and below: the sticky reader bar and the listen bar. */
const MARGIN = 96;

function mark(sentence: SpokenSentence | null): void {
  if ('highlights' in CSS) {
    if (sentence) CSS.highlights.set(HIGHLIGHT, new Highlight(sentence.range));
    else CSS.highlights.delete(HIGHLIGHT);
    return;
  }
  document.querySelector(`.${FALLBACK_CLASS}`)?.classList.remove(FALLBACK_CLASS);
  sentence?.block.classList.add(FALLBACK_CLASS);
}

function follow(range: Range): void {
  const { top, bottom } = range.getBoundingClientRect();
  if (top >= MARGIN && bottom <= window.innerHeight - MARGIN) return;
  const smooth = !window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  window.scrollBy({ top: top - window.innerHeight / 3, behavior: smooth ? 'smooth' : 'auto' });
}

export function showSentence(sentence: SpokenSentence | null, scroll: boolean): void {
  mark(sentence);
  if (sentence && scroll) follow(sentence.range);
}
