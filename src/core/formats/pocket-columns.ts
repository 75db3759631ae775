/** The CSV columns Pocket exports, in its order, then the ones Quire adds after them. */
export const POCKET_COLUMNS = ['title', 'url', 'time_added', 'tags', 'status'] as const;

export const QUIRE_CSV_COLUMNS = [
  'favorite', 'excerpt', 'byline', 'site_name', 'published_time', 'word_count', 'progress',
] as const;

export const POCKET_TAG_SEPARATOR = '|';

/**
 * Spreadsheet apps run cells starting with = + - @ as formulas, so the writer prefixes
 * them with an apostrophe (papaparse's escapeFormulae), also when apostrophes already lead,
 * so that the reader taking exactly one off gives back the original text.
 */
export const FORMULA_LIKE = /^'*[=+\-@\t\r]/;

export function unescapeFormula(cell: string): string {
  return FORMULA_LIKE.test(cell) && cell.startsWith("'") ? cell.slice(1) : cell;
}
