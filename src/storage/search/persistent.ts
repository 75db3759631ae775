/**
 * Keeps the search index in step with the database and on disk without rewriting a
 * large snapshot on every save: each write journals the ids it touched in its own
 * transaction, the in-memory index is updated after commit, and a debounced flush
 * stores a snapshot and drops the journal it covers. Opening reads the snapshot and
 * replays only the journal, never all the bodies. Assumes a single writer (the
 * background), as the architecture requires.
 */
import type { JournalEntry, QuireDB } from '../schema';
import type { SearchChanges } from './changes';
import { INDEX_FORMAT, SearchEngine } from './engine';
import { rebuildEngine, replayJournal } from './replay';

/** The performance mark left each time the index has been loaded. */
export const SEARCH_LOADED_MARK = 'quire:search-index-loaded';

/** Articles indexed between two pauses when a large change is applied. */
const SLICE = 50;

interface Committed {
  changes: SearchChanges;
  seq: number;
}

export class PersistentSearch {
  private engine: SearchEngine | null = null;
  private loading: Promise<SearchEngine> | null = null;
  private pending: Committed[] = [];
  /** The large changes still being indexed, in commit order. */
  private applying: Promise<void> | null = null;
  private appliedSeq = 0;
  private writesInFlight = 0;
  private dirty = false;
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly db: QuireDB,
    private readonly flushDelayMs: number | null,
  ) {}

  /** Inside a write transaction: records which articles changed; returns the journal seq. */
  async journal(changes: SearchChanges): Promise<number> {
    if (changes.empty) return 0;
    const entry: JournalEntry = {
      changes: [
        ...[...changes.upserts].map(([id, upsert]): [string, boolean] => [id, upsert.text !== undefined]),
        ...[...changes.removals].map((id): [string, boolean] => [id, true]),
      ],
    };
    return Number(await this.db.searchJournal.add(entry));
  }

  beginWrite(): void {
    this.writesInFlight++;
  }

  /** After a write: applies its committed changes to the loaded index, if any. */
  endWrite(committed: Committed | null): void {
    this.writesInFlight--;
    if (!committed || committed.changes.empty) return;
    if (this.loading && !this.engine) this.pending.push(committed);
    else if (this.engine) this.enqueue(this.engine, committed);
  }

  /**
   * Small changes apply at once. A large one (an import) is indexed in slices that
   * yield to the event loop, so the background keeps answering while it is indexed;
   * anything committed meanwhile queues behind it, keeping the order of commits.
   */
  private enqueue(engine: SearchEngine, committed: Committed): void {
    if (!this.applying && committed.changes.upserts.size <= SLICE) {
      this.apply(engine, committed);
      return;
    }
    const previous = this.applying ?? Promise.resolve();
    const next = previous.then(() => this.applyInSlices(engine, committed));
    this.applying = next;
    void next.finally(() => {
      if (this.applying === next) this.applying = null;
    });
  }

  private async applyInSlices(engine: SearchEngine, { changes, seq }: Committed): Promise<void> {
    for (const id of changes.removals) engine.remove(id);
    const upserts = [...changes.upserts.values()];
    for (let start = 0; start < upserts.length; start += SLICE) {
      if (start > 0) await new Promise((resolve) => setTimeout(resolve, 0));
      for (const { meta, text } of upserts.slice(start, start + SLICE)) engine.upsert(meta, text);
    }
    this.appliedSeq = Math.max(this.appliedSeq, seq);
    this.markDirty();
  }

  private apply(engine: SearchEngine, { changes, seq }: Committed): void {
    for (const id of changes.removals) engine.remove(id);
    for (const { meta, text } of changes.upserts.values()) engine.upsert(meta, text);
    this.appliedSeq = Math.max(this.appliedSeq, seq);
    this.markDirty();
  }

  private markDirty(): void {
    this.dirty = true;
    if (this.flushDelayMs === null || this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      // A failed flush loses nothing: the journal still holds every change.
      this.flush().catch(() => undefined);
    }, this.flushDelayMs);
    this.timer.unref?.();
  }

  ready(): Promise<SearchEngine> {
    if (this.engine) return Promise.resolve(this.engine);
    this.loading ??= this.load().finally(() => {
      this.loading = null;
    });
    return this.loading;
  }

  private async load(): Promise<SearchEngine> {
    const snapshot = await this.db.searchSnapshot.get('current');
    let engine: SearchEngine;
    if (snapshot?.format === INDEX_FORMAT) {
      engine = SearchEngine.fromJSON(snapshot.meta, snapshot.content);
      const replay = await replayJournal(this.db, engine, snapshot.seq);
      this.appliedSeq = replay.lastSeq;
      if (replay.replayed > 0) this.markDirty();
    } else {
      // A rebuild reads every article, so it covers the whole journal written before it.
      const last = await this.db.searchJournal.orderBy('seq').last();
      engine = await rebuildEngine(this.db);
      this.appliedSeq = last?.seq ?? 0;
      this.markDirty();
    }
    this.engine = engine;
    for (const committed of this.pending.splice(0)) this.enqueue(engine, committed);
    // Read by the real-browser test that the popup's first rows come before the index loads.
    performance.mark(SEARCH_LOADED_MARK);
    return engine;
  }

  /** The index with every committed change in it. */
  async settled(): Promise<SearchEngine> {
    const engine = await this.ready();
    while (this.applying) await this.applying;
    return engine;
  }

  async search(query: string): Promise<string[]> {
    return (await this.settled()).search(query);
  }

  /** The hits of `query` unranked (SearchEngine.matching). */
  async matching(query: string): Promise<Set<string>> {
    return (await this.settled()).matching(query);
  }

  /** Stores a snapshot of the index and drops the journal it covers. */
  async flush(): Promise<void> {
    const engine = this.engine;
    if (!engine || !this.dirty) return;
    if (this.writesInFlight > 0 || this.applying) {
      this.markDirty();
      return;
    }
    const seq = this.appliedSeq;
    const json = engine.toJSON();
    this.dirty = false;
    try {
      await this.db.transaction('rw', [this.db.searchSnapshot, this.db.searchJournal], async () => {
        await this.db.searchSnapshot.put({ key: 'current', format: INDEX_FORMAT, seq, ...json });
        await this.db.searchJournal.where('seq').belowOrEqual(seq).delete();
      });
    } catch (error) {
      this.dirty = true;
      throw error;
    }
  }

  /** After the database was emptied: the next search starts from nothing. */
  reset(): void {
    this.engine = null;
    this.pending = [];
    this.appliedSeq = 0;
    this.dirty = false;
  }
}
