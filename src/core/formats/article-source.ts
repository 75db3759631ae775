import type { Article } from '../article';

/**
 * The articles to export: all at once, or in chunks as the database reads them (their number
 * known up front, for progress), so that writing starts before the last body is read.
 */
export type ArticleSource = readonly Article[] | { count: number; chunks: AsyncIterable<readonly Article[]> };

export function countOf(source: ArticleSource): number {
  return 'chunks' in source ? source.count : source.length;
}

/** The chunks as the database reads them; a list read at once is one chunk. */
export function chunksOf(source: ArticleSource): AsyncIterable<readonly Article[]> | Iterable<readonly Article[]> {
  return 'chunks' in source ? source.chunks : [source];
}

/** The articles in order, in batches of at most `size` that never straddle two chunks. */
export async function* batchesOf(source: ArticleSource, size: number): AsyncGenerator<readonly Article[]> {
  for await (const chunk of chunksOf(source)) {
    for (let i = 0; i < chunk.length; i += size) yield chunk.slice(i, i + size);
  }
}

export async function collect(source: ArticleSource): Promise<readonly Article[]> {
  if (!('chunks' in source)) return source;
  const articles: Article[] = [];
  for await (const chunk of source.chunks) articles.push(...chunk);
  return articles;
}
