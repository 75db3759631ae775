/**
 * The heading that repeats the title, which the reader already shows above the body.
 * Readability drops it only when their words match, and its words are ASCII (it splits on
 * \W, so an Arabic or Chinese heading has none). Here both sides are normalized text in
 * any script (NFKC, case, punctuation, the Arabic tatweel) cut into words by Intl.Segmenter.
 */

/** Readability's own threshold for a heading that duplicates the title. */
const MIN_SIMILARITY = 0.75;
const NOT_WORD = /[\p{P}\p{S}\p{Z}\p{Cc}\u0640]+/gu;
const segmenter = new Intl.Segmenter(undefined, { granularity: 'word' });
/** Titles Readability's own rule already reads (its \W words): left to it, as before (measured: one lost heading on the corpus otherwise). */
const LATIN_ONLY = /^[\p{Script=Latin}\p{N}\p{P}\p{S}\p{Z}\p{M}]*$/u;

function words(text: string): string[] {
  const normal = text.normalize('NFKC').toLocaleLowerCase().replace(NOT_WORD, ' ');
  return [...segmenter.segment(normal)].filter((part) => part.isWordLike).map((part) => part.segment);
}

/** Readability's measure: the share of the heading's text made of words the title has. */
function similarity(title: string, heading: string): number {
  const titleWords = new Set(words(title));
  const headingWords = words(heading);
  if (titleWords.size === 0 || headingWords.length === 0) return 0;
  const unknown = headingWords.filter((word) => !titleWords.has(word));
  return 1 - unknown.join(' ').length / headingWords.join(' ').length;
}

/** True when the content's first h1 or h2 repeated the title and was removed. */
export function removeTitleHeading(content: Element, title: string | null): boolean {
  const heading = content.querySelector('h1, h2');
  if (!title || LATIN_ONLY.test(title) || !heading || similarity(title, heading.textContent ?? '') <= MIN_SIMILARITY) return false;
  heading.remove();
  return true;
}
