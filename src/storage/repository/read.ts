/** Reading single articles and everything for export. */
import type { Article, ArticleBody, ArticleMeta, ArticleStatus } from '../../core/article';
import { normalizeTag } from '../../core/tags';
import { urlKey } from '../../core/url';
import { guarded } from '../errors';
import { toMeta } from '../records';
import type { StoredArticle } from '../schema';
import type { RepoContext } from './context';

export interface ExportFilter {
  status?: ArticleStatus;
  tag?: string;
  favorite?: boolean;
}

export function get(ctx: RepoContext, id: string): Promise<Article | null> {
  const { db } = ctx;
  return guarded(() =>
    db.transaction('r', [db.articles, db.bodies], async () => {
      const [row, body] = await Promise.all([db.articles.get(id), db.bodies.get(id)]);
      return row ? { ...toMeta(row), html: body?.html ?? '', text: body?.text ?? '' } : null;
    }),
  );
}

export function getByUrl(ctx: RepoContext, url: string): Promise<ArticleMeta | null> {
  return guarded(async () => {
    const row = await ctx.db.articles.where('urlKey').equals(urlKey(url)).first();
    return row ? toMeta(row) : null;
  });
}

/** The rows the filter selects, oldest saved first. */
async function selectRows(db: RepoContext['db'], filter: ExportFilter): Promise<StoredArticle[]> {
  const tag = filter.tag === undefined ? undefined : normalizeTag(filter.tag);
  const rows = (await db.articles.toArray()).filter(
    (row) =>
      (filter.status === undefined || row.status === filter.status) &&
      (filter.favorite === undefined || row.favorite === filter.favorite) &&
      (tag === undefined || row.tags.includes(tag)),
  );
  return rows.sort((a, b) => a.savedAt - b.savedAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** The article with its body, and the body's Markdown cache when it has one (for the Markdown zip). */
function withBody(row: StoredArticle, body: ArticleBody | undefined): Article {
  const article: Article = { ...toMeta(row), html: body?.html ?? '', text: body?.text ?? '' };
  if (body?.md) article.md = body.md;
  return article;
}

/** Every article matching the filter, with its body, oldest saved first. */
export function exportAll(ctx: RepoContext, filter: ExportFilter = {}): Promise<Article[]> {
  const { db } = ctx;
  return guarded(() =>
    db.transaction('r', [db.articles, db.bodies], async () => {
      const rows = await selectRows(db, filter);
      const bodies = await db.bodies.bulkGet(rows.map((row) => row.id));
      return rows.map((row, i) => withBody(row, bodies[i]));
    }),
  );
}

export interface ArticleChunks {
  count: number;
  chunks: AsyncIterable<Article[]>;
}

/** Chunks whose bodies are being read while the caller writes the current one. */
const READ_AHEAD = 2;

/**
 * The same articles in chunks of `size`, for an export that writes while the database reads:
 * the bodies of the next chunks are on their way while the caller works on this one. Each
 * chunk is its own read, so an article deleted meanwhile comes with an empty body.
 */
export async function exportInChunks(ctx: RepoContext, filter: ExportFilter = {}, size = 500): Promise<ArticleChunks> {
  const { db } = ctx;
  const rows = await guarded(() => selectRows(db, filter));
  const read = (start: number) => {
    const slice = rows.slice(start, start + size);
    const chunk = guarded(() => db.bodies.bulkGet(slice.map((row) => row.id))).then((bodies) => slice.map((row, i) => withBody(row, bodies[i])));
    // Awaited in turn below; this only keeps a failure from being reported as unhandled meanwhile.
    chunk.catch(() => undefined);
    return chunk;
  };
  async function* chunks(): AsyncGenerator<Article[]> {
    const reading: Promise<Article[]>[] = [];
    let next = 0;
    const readAhead = () => {
      for (; reading.length <= READ_AHEAD && next < rows.length; next += size) reading.push(read(next));
    };
    readAhead();
    while (reading.length) {
      const chunk = await reading.shift()!;
      readAhead();
      yield chunk;
    }
  }
  return { count: rows.length, chunks: chunks() };
}
