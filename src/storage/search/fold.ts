/**
 * Text folding shared by the search index and the title sort key: case and Latin,
 * Greek and Cyrillic diacritics make no difference ("Café" finds "cafe").
 */

const COMBINING_DIACRITICS = /[\u0300-\u036f]/g;

/**
 * Only the generic combining diacritics are stripped: marks that carry meaning in other
 * scripts (Japanese voicing, Indic vowel signs) survive, and NFC puts Hangul back together.
 */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(COMBINING_DIACRITICS, '').normalize('NFC').toLowerCase();
}
