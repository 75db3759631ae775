/**
 * One write is one transaction: the rows, the running counts, and the search journal
 * entries saying which articles changed, commit together or not at all. The in-memory index follows only
 * after the commit, so a failed write leaves both the database and the index as they were.
 */
import type { Table } from 'dexie';
import { guarded } from '../errors';
import { SearchChanges } from '../search/changes';
import type { RepoContext } from './context';
import { CountDeltas } from './counts';

export async function writeTransaction<T>(
  ctx: RepoContext,
  tables: Table[],
  body: (changes: SearchChanges, counts: CountDeltas) => Promise<T>,
): Promise<T> {
  const { db, search, order } = ctx;
  search.beginWrite();
  order.drop();
  let committed: { changes: SearchChanges; seq: number } | null = null;
  try {
    const result = await guarded(() =>
      db.transaction('rw', [...tables, db.searchJournal, db.counts], async () => {
        const changes = new SearchChanges();
        const counts = new CountDeltas();
        const value = await body(changes, counts);
        await counts.apply(db);
        const seq = await search.journal(changes);
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
