/**
 * One write is one transaction: the rows, the running counts, the search journal entries
 * saying which articles changed and the sync outbox's row commit together or not at all.
 * The in-memory index follows only after the commit, so a failed write leaves both the
 * database and the index as they were.
 */
import type { Table } from 'dexie';
import { guarded } from '../errors';
import { SearchChanges } from '../search/changes';
import type { RepoContext } from './context';
import { CountDeltas } from './counts';
import { recordOutbox } from './outbox';

type WriteBody<T> = (changes: SearchChanges, counts: CountDeltas) => Promise<T>;

/** A change the reader made here: sync's outbox records the articles it touched. */
export function writeTransaction<T>(ctx: RepoContext, tables: Table[], body: WriteBody<T>): Promise<T> {
  return write(ctx, tables, body, true);
}

/** A change that came from sync: applied like any other, but not sent back. */
export function writeFromSync<T>(ctx: RepoContext, tables: Table[], body: WriteBody<T>): Promise<T> {
  return write(ctx, tables, body, false);
}

async function write<T>(ctx: RepoContext, tables: Table[], body: WriteBody<T>, local: boolean): Promise<T> {
  const { db, search, order } = ctx;
  search.beginWrite();
  order.drop();
  let committed: { changes: SearchChanges; seq: number } | null = null;
  try {
    const result = await guarded(() =>
      db.transaction('rw', [...tables, db.searchJournal, db.counts, db.syncOutbox], async () => {
        const changes = new SearchChanges();
        const counts = new CountDeltas();
        const value = await body(changes, counts);
        // Independent rows, their requests issued together: the transaction waits for them once.
        const [, , seq] = await Promise.all([counts.apply(db), local ? recordOutbox(db, counts.articles, ctx.now()) : undefined, search.journal(changes)]);
        return { value, changes, seq };
      }),
    );
    committed = { changes: result.changes, seq: result.seq };
    return result.value;
  } finally {
    order.drop();
    search.endWrite(committed);
  }
}
