/** The CSV columns Pocket exports, in its order, then the ones Quire adds after them. */
export const POCKET_COLUMNS = ['title', 'url', 'time_added', 'tags', 'status'] as const;

export const QUIRE_CSV_COLUMNS = [
  'favorite', 'excerpt', 'byline', 'site_name', 'published_time', 'word_count', 'progress',
] as const;

export const POCKET_TAG_SEPARATOR = '|';

/**
 * Spreadsheet apps run cells starting with = + - @ as formulas, so the writer prefixes
 * them with an apostrophe (papaparse's escapeFormulae); the reader takes it off again.
 */
export function unescapeFormula(cell: string): string {
  return cell.replace(/^'(?=[=+\-@\t\r])/, '');
}
