/**
 * Running counts (all, per status, favourites, per tag), kept in the `counts` table by
 * every write in its own transaction. IndexedDB in Chromium counts by walking entries,
 * so reading a stored number is what keeps totals and tag lists fast at any size.
 */
import type { ArticleMeta } from '../../core/article';
import type { QuireDB } from '../schema';

type Counted = Pick<ArticleMeta, 'id' | 'status' | 'favorite' | 'tags'>;

export const TAG_PREFIX = 'tag:';

export function countKeys(article: Omit<Counted, 'id'>): string[] {
  return ['all', `status:${article.status}`, ...(article.favorite ? ['favorite'] : []), ...article.tags.map((tag) => TAG_PREFIX + tag)];
}

export class CountDeltas {
  private readonly deltas = new Map<string, number>();
  /** Every article the write changed, added or removed: what the sync outbox records. */
  readonly articles = new Set<string>();

  /** Records one article changing from `before` to `after` (either absent for an insert or a removal). */
  track(before: Counted | undefined, after: Counted | undefined): void {
    const id = (before ?? after)?.id;
    if (id !== undefined) this.articles.add(id);
    if (before) for (const key of countKeys(before)) this.deltas.set(key, (this.deltas.get(key) ?? 0) - 1);
    if (after) for (const key of countKeys(after)) this.deltas.set(key, (this.deltas.get(key) ?? 0) + 1);
  }

  /** Changes one count by `delta`, for counts that follow no article field (an article's highlights). */
  adjust(key: string, delta: number): void {
    this.deltas.set(key, (this.deltas.get(key) ?? 0) + delta);
  }

  /** Inside the write transaction: adds the deltas to the stored counts, dropping those at zero. */
  async apply(db: QuireDB): Promise<void> {
    const keys = [...this.deltas].filter(([, delta]) => delta !== 0).map(([key]) => key);
    if (keys.length === 0) return;
    const rows = await db.counts.bulkGet(keys);
    const next = keys.map((key, i) => ({ key, n: (rows[i]?.n ?? 0) + this.deltas.get(key)! }));
    const kept = next.filter((row) => row.n > 0);
    const gone = next.filter((row) => row.n <= 0).map((row) => row.key);
    await Promise.all([kept.length ? db.counts.bulkPut(kept) : undefined, gone.length ? db.counts.bulkDelete(gone) : undefined]);
  }
}

export async function readCount(db: QuireDB, key: string): Promise<number> {
  return (await db.counts.get(key))?.n ?? 0;
}
