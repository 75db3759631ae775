/**
 * The highlights an import brings, written in its transaction: each lands on the article its
 * item became or merged into. Ids from the file are kept unless another highlight holds them;
 * a highlight the article already has (same quote, same note) is not added twice. One that
 * cannot be anchored in a link-only article is kept all the same, and placed once the body is fetched.
 */
import type { Highlight } from '../../core/highlights/types';
import type { ImportHighlight } from '../../core/formats/types';
import type { ArticleMeta } from '../../core/article';
import { toMeta } from '../records';
import type { SearchChanges } from '../search/changes';
import { highlightText, withHighlightText } from '../search/highlight-text';
import type { RepoContext } from './context';
import type { CountDeltas } from './counts';
import { HIGHLIGHT_COUNT_PREFIX } from './highlights';

export interface Landing {
  articleId: string;
  highlights: ImportHighlight[];
}

const sameAs = (a: Pick<Highlight, 'quote' | 'note'>) => (b: Pick<Highlight, 'quote' | 'note'>) => a.quote.exact === b.quote.exact && a.note === b.note;

/** Writes them; answers with each article's highlight text for its search entry. */
async function writeImportedHighlights(ctx: RepoContext, landings: Landing[], counts: CountDeltas, now: number): Promise<Map<string, string>> {
  const { db } = ctx;
  if (landings.length === 0) return new Map();
  const ids = landings.map((landing) => landing.articleId);
  const fileIds = landings.flatMap((landing) => landing.highlights.flatMap((h) => (h.id ? [h.id] : [])));
  const [present, taken] = await Promise.all([db.highlights.where('articleId').anyOf(ids).toArray(), db.highlights.bulkGet(fileIds)]);
  const takenIds = new Set(taken.flatMap((h) => (h ? [h.id] : [])));
  const rows: Highlight[] = [];
  for (const { articleId, highlights } of landings) {
    const kept = present.filter((h) => h.articleId === articleId);
    for (const { id, createdAt, updatedAt, ...rest } of highlights) {
      if (kept.some(sameAs(rest))) continue;
      const useId = id && !takenIds.has(id) ? id : ctx.newId();
      takenIds.add(useId);
      const row: Highlight = { ...rest, articleId, id: useId, createdAt: createdAt ?? now, updatedAt: updatedAt ?? createdAt ?? now };
      kept.push(row);
      rows.push(row);
      counts.adjust(HIGHLIGHT_COUNT_PREFIX + articleId, 1);
    }
  }
  await db.highlights.bulkPut(rows);
  return highlightText([...present, ...rows]);
}

/** The articles that got highlights: their search entries hold body and highlight text (read back for merged ones). */
export async function indexHighlighted(
  ctx: RepoContext,
  landings: Landing[],
  created: Map<string, { meta: ArticleMeta; text?: string }>,
  changes: SearchChanges,
  counts: CountDeltas,
  now: number,
): Promise<void> {
  const extra = await writeImportedHighlights(ctx, landings, counts, now);
  for (const { articleId } of landings) {
    const fresh = created.get(articleId);
    if (fresh) {
      changes.upsert(fresh.meta, withHighlightText(fresh.text ?? '', extra.get(articleId)));
      continue;
    }
    const [row, body] = await Promise.all([ctx.db.articles.get(articleId), ctx.db.bodies.get(articleId)]);
    if (row) changes.upsert(toMeta(row), withHighlightText(body?.text ?? '', extra.get(articleId)));
  }
}
