import type { Article } from '../article';
import { ARTICLE_KEYS, QUIRE_FORMAT, QUIRE_VERSION } from './quire-json-schema';

function pick(article: Article): Record<string, unknown> {
  const record: Record<string, unknown> = {};
  for (const key of ARTICLE_KEYS) record[key] = article[key];
  return record;
}

/** One article per line, so a file is easy to diff and an error's line points at one article. */
export function writeQuireJson(articles: readonly Article[], now: Date): string {
  const head = JSON.stringify({ format: QUIRE_FORMAT, version: QUIRE_VERSION, exportedAt: now.toISOString() });
  const lines = articles.map((article) => JSON.stringify(pick(article)));
  return `${head.slice(0, -1)},"articles":[\n${lines.join(',\n')}\n]}\n`;
}
