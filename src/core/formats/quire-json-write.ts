import type { Article } from '../article';
import { ARTICLE_KEYS, QUIRE_FORMAT, QUIRE_VERSION } from './quire-json-schema';

/** Articles per piece: pieces of about a megabyte, few enough for a Blob to take quickly. */
const PIECE = 100;

function pick(article: Article): Record<string, unknown> {
  const record: Record<string, unknown> = {};
  for (const key of ARTICLE_KEYS) record[key] = article[key];
  return record;
}

/**
 * The file in pieces that follow each other, for a Blob: 10,000 articles with bodies make
 * over 100 MB of JSON, and one string of it would cost a copy and a peak of memory.
 */
export function quireJsonPieces(articles: readonly Article[], now: Date): string[] {
  const head = JSON.stringify({ format: QUIRE_FORMAT, version: QUIRE_VERSION, exportedAt: now.toISOString() });
  const pieces = [`${head.slice(0, -1)},"articles":[\n`];
  for (let i = 0; i < articles.length; i += PIECE) {
    const lines = articles.slice(i, i + PIECE).map((article) => JSON.stringify(pick(article)));
    pieces.push(`${i ? ',\n' : ''}${lines.join(',\n')}`);
  }
  pieces.push('\n]}\n');
  return pieces;
}

/** One article per line, so a file is easy to diff and an error's line points at one article. */
export function writeQuireJson(articles: readonly Article[], now: Date): string {
  return quireJsonPieces(articles, now).join('');
}
