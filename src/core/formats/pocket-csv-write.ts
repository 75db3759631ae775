import Papa from 'papaparse';
import type { Article } from '../article';
import { unixSeconds } from './dates';
import { FORMULA_LIKE, POCKET_COLUMNS, POCKET_TAG_SEPARATOR, QUIRE_CSV_COLUMNS } from './pocket-columns';

function row(article: Article): (string | number)[] {
  return [
    article.title,
    article.url,
    unixSeconds(article.savedAt),
    article.tags.join(POCKET_TAG_SEPARATOR),
    article.status === 'archived' ? 'archive' : 'unread',
    article.favorite ? 1 : 0,
    article.excerpt ?? '',
    article.byline ?? '',
    article.siteName ?? '',
    article.publishedTime ?? '',
    article.wordCount,
    article.progress,
  ];
}

/** Pocket's columns first, so Pocket importers read it; Quire's extra columns after them. */
export function writePocketCsv(articles: readonly Article[]): string {
  return Papa.unparse(
    { fields: [...POCKET_COLUMNS, ...QUIRE_CSV_COLUMNS], data: articles.map(row) },
    { escapeFormulae: FORMULA_LIKE, newline: '\n' },
  ) + '\n';
}
