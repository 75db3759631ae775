/** Reading single articles and everything for export. */
import type { Article, ArticleBody, ArticleMeta, ArticleStatus } from '../../core/article';
import { currentCache } from '../../core/formats/markdown-cache';
import { normalizeTag } from '../../core/tags';
import { urlKey } from '../../core/url';
import { guarded } from '../errors';
import { toMeta } from '../records';
import type { MarkdownRow, StoredArticle } from '../schema';
import type { RepoContext } from './context';
import { withHighlights } from './export-highlights';

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

/** The articles the filter selects, oldest saved first, with empty bodies: what formats without bodies read. */
export function exportMetadata({ db }: Pick<RepoContext, 'db'>, filter: ExportFilter = {}): Promise<Article[]> {
  return guarded(async () => {
    const [rows, highlights] = await Promise.all([selectRows(db, filter), db.highlights.toArray()]);
    return withHighlights(db, rows.map((row) => ({ ...toMeta(row), html: '', text: '' })), highlights);
  });
}

/** The article with its body, and the body's Markdown cache when it has one. */
function withBody(row: StoredArticle, body: ArticleBody | undefined, cache?: MarkdownRow): Article {
  const article: Article = { ...toMeta(row), html: body?.html ?? '', text: body?.text ?? '' };
  if (cache) article.md = cache.md;
  return article;
}

/** Every article matching the filter, with its body and Markdown cache, oldest saved first. */
export function exportAll(ctx: RepoContext, filter: ExportFilter = {}): Promise<Article[]> {
  const { db } = ctx;
  return guarded(() =>
    db.transaction('r', [db.articles, db.bodies, db.markdown, db.highlights], async () => {
      const rows = await selectRows(db, filter);
      const ids = rows.map((row) => row.id);
      const [bodies, caches] = await Promise.all([db.bodies.bulkGet(ids), db.markdown.bulkGet(ids)]);
      return withHighlights(db, rows.map((row, i) => withBody(row, bodies[i], caches[i])));
    }),
  );
}

/** The bodies of these rows, without their Markdown caches (what Quire JSON writes). */
async function readBodies(db: RepoContext['db'], rows: StoredArticle[]): Promise<Article[]> {
  const bodies = await db.bodies.bulkGet(rows.map((row) => row.id));
  return withHighlights(db, rows.map((row, i) => withBody(row, bodies[i])));
}

/** The Markdown caches of these rows, in their order. */
type CacheReader = (rows: StoredArticle[]) => Promise<(MarkdownRow | undefined)[]>;

/**
 * Caches read by id; for an export of the whole list, all of them in one request up front,
 * which Chromium serves several times faster than one request per article.
 */
async function cacheReader(db: RepoContext['db'], wholeList: boolean): Promise<CacheReader> {
  if (!wholeList) return (rows) => db.markdown.bulkGet(rows.map((row) => row.id));
  const all = new Map((await db.markdown.toArray()).map((row) => [row.id, row]));
  return async (rows) => rows.map((row) => all.get(row.id));
}

/**
 * What the Markdown zip needs of these rows: the current Markdown cache, which stands for the
 * body, so that an article with one comes without its body; the body of any other.
 */
async function readMarkdown(db: RepoContext['db'], rows: StoredArticle[], readCaches: CacheReader): Promise<Article[]> {
  const caches = await readCaches(rows);
  const uncached = rows.filter((_, i) => !currentCache(caches[i]?.md));
  const bodies = new Map((await db.bodies.bulkGet(uncached.map((row) => row.id))).map((body, i) => [uncached[i]!.id, body]));
  return withHighlights(db, rows.map((row, i) => (bodies.has(row.id) ? withBody(row, bodies.get(row.id)) : withBody(row, undefined, caches[i]))));
}

export interface ArticleChunks {
  count: number;
  chunks: AsyncIterable<Article[]>;
}

export interface ChunkOptions {
  /** Articles per chunk. */
  size?: number;
  /** For the Markdown zip: Markdown caches, and bodies only where there is none (readMarkdown). */
  markdown?: boolean;
}

/** Chunks whose bodies are being read while the caller writes the current one. */
const READ_AHEAD = 2;

/**
 * The same articles in chunks, for an export that writes while the database reads: the
 * bodies of the next chunks are on their way while the caller works on this one. Each
 * chunk is its own read, so an article deleted meanwhile comes with an empty body.
 */
export async function exportInChunks(ctx: Pick<RepoContext, 'db'>, filter: ExportFilter = {}, { size = 500, markdown = false }: ChunkOptions = {}): Promise<ArticleChunks> {
  const { db } = ctx;
  const rows = await guarded(() => selectRows(db, filter));
  const wholeList = filter.status === undefined && filter.tag === undefined && filter.favorite === undefined;
  const readCaches = markdown ? await guarded(() => cacheReader(db, wholeList)) : null;
  const read = (start: number) => {
    const slice = rows.slice(start, start + size);
    const chunk = guarded(() => (readCaches ? readMarkdown(db, slice, readCaches) : readBodies(db, slice)));
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
