/** Bringing an index up to date from the database: all of it, or only the journal. */
import type { QuireDB, StoredArticle } from '../schema';
import { metaDoc } from './changes';
import { SearchEngine } from './engine';
import { readHighlightText, withHighlightText } from './highlight-text';

const REBUILD_CHUNK = 500;

/** Indexes every article from scratch, in chunks so memory holds a few hundred bodies at most. */
export async function rebuildEngine(db: QuireDB): Promise<SearchEngine> {
  const engine = SearchEngine.empty();
  let after: string | null = null;
  for (;;) {
    const range = after === null ? db.articles.orderBy('id') : db.articles.where('id').above(after);
    const metas: StoredArticle[] = await range.limit(REBUILD_CHUNK).toArray();
    if (metas.length === 0) return engine;
    const ids = metas.map((meta) => meta.id);
    const [bodies, extra] = await Promise.all([db.bodies.bulkGet(ids), readHighlightText(db, ids)]);
    metas.forEach((meta, i) => engine.upsert(metaDoc(meta), withHighlightText(bodies[i]?.text ?? '', extra.get(meta.id))));
    after = metas[metas.length - 1]!.id;
  }
}

/** Applies the journal written after `afterSeq`, reading bodies only where they changed. */
export async function replayJournal(
  db: QuireDB,
  engine: SearchEngine,
  afterSeq: number,
): Promise<{ lastSeq: number; replayed: number }> {
  const entries = await db.searchJournal.where('seq').above(afterSeq).toArray();
  const bodyChanged = new Map<string, boolean>();
  let lastSeq = afterSeq;
  for (const entry of entries) {
    for (const [id, body] of entry.changes) bodyChanged.set(id, (bodyChanged.get(id) ?? false) || body);
    lastSeq = Math.max(lastSeq, entry.seq ?? 0);
  }
  const ids = [...bodyChanged.keys()];
  const metas = await db.articles.bulkGet(ids);
  const changed = ids.filter((id) => bodyChanged.get(id));
  const [bodies, extra] = await Promise.all([db.bodies.bulkGet(changed), readHighlightText(db, changed)]);
  const textById = new Map(changed.map((id, i) => [id, withHighlightText(bodies[i]?.text ?? '', extra.get(id))]));
  ids.forEach((id, i) => {
    const meta = metas[i];
    if (!meta) engine.remove(id);
    else engine.upsert(metaDoc(meta), bodyChanged.get(id) ? (textById.get(id) ?? '') : undefined);
  });
  return { lastSeq, replayed: ids.length };
}
