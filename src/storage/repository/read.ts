/** Reading single articles and everything for export. */
import type { Article, ArticleMeta, ArticleStatus } from '../../core/article';
import { normalizeTag } from '../../core/tags';
import { urlKey } from '../../core/url';
import { guarded } from '../errors';
import { toMeta } from '../records';
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

/** Every article matching the filter, with its body, oldest saved first. */
export function exportAll(ctx: RepoContext, filter: ExportFilter = {}): Promise<Article[]> {
  const { db } = ctx;
  return guarded(() =>
    db.transaction('r', [db.articles, db.bodies], async () => {
      const tag = filter.tag === undefined ? undefined : normalizeTag(filter.tag);
      const rows = (await db.articles.toArray()).filter(
        (row) =>
          (filter.status === undefined || row.status === filter.status) &&
          (filter.favorite === undefined || row.favorite === filter.favorite) &&
          (tag === undefined || row.tags.includes(tag)),
      );
      rows.sort((a, b) => a.savedAt - b.savedAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
      const bodies = await db.bodies.bulkGet(rows.map((row) => row.id));
      return rows.map((row, i) => ({ ...toMeta(row), html: bodies[i]?.html ?? '', text: bodies[i]?.text ?? '' }));
    }),
  );
}
