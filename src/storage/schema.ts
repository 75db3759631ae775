/**
 * The "quire" database. Every schema version that ever shipped stays declared here with
 * its upgrade, so a browser holding any older copy opens it with the current code.
 */
import { Dexie, type EntityTable, type Transaction } from 'dexie';
import type { ArticleBody, ArticleMeta, NullableField } from '../core/article';
import type { MarkdownCache } from '../core/formats/markdown-cache';
import { countAll } from './repository/counts';

/**
 * An article row: the metadata plus keys derived from it, because IndexedDB cannot
 * index booleans or nulls and sorts titles by code unit. A field that is null is left
 * out (rows written before may still hold it), because Chromium pays for every field it
 * serializes and an imported link has ten of them null.
 */
export interface StoredArticle extends Omit<ArticleMeta, NullableField>, Partial<Pick<ArticleMeta, NullableField>> {
  urlKey: string;
  /** Present on favourites only: an index holds no entry for a row without the field. */
  fav?: 1;
  /** Epoch ms of publishedTime; 0 when unknown, so undated articles sort as oldest. */
  pubAt: number;
  /** Title folded for sorting: lower case, no diacritics. */
  titleKey: string;
}

/**
 * The articles one write changed after the last snapshot of the index, each with
 * whether its body text changed too (not only metadata). One row per write: Chromium
 * pays per record, so an import of 10,000 writes one row, not 10,000.
 */
export interface JournalEntry {
  seq?: number;
  changes: [id: string, body: boolean][];
}

/** Version 1 journal rows held one article each. */
interface JournalEntryV1 {
  seq: number;
  id: string;
  body: boolean;
}

export interface SearchSnapshot {
  key: 'current';
  format: number;
  /** Highest journal seq the snapshot already contains. */
  seq: number;
  meta: string;
  content: string;
}

/** A body's Markdown, deflated, for the Markdown zip; no row when the save carried none. */
export interface MarkdownRow {
  id: string;
  md: MarkdownCache;
}

/** Articles removed together, kept a short while so the removal can be undone. */
export interface TrashBatch {
  token: string;
  removedAt: number;
  articles: StoredArticle[];
  bodies: ArticleBody[];
  markdown: MarkdownRow[];
}

/** Until version 5, a body row held its Markdown cache, and so did the bodies in the trash. */
type BodyV4 = ArticleBody & { md?: MarkdownCache };
type TrashBatchV4 = Omit<TrashBatch, 'markdown' | 'bodies'> & { bodies: BodyV4[]; markdown?: MarkdownRow[] };

export interface CountRow {
  key: string;
  n: number;
}

export type QuireDB = Dexie & {
  articles: EntityTable<StoredArticle, 'id'>;
  counts: EntityTable<CountRow, 'key'>;
  bodies: EntityTable<ArticleBody, 'id'>;
  markdown: EntityTable<MarkdownRow, 'id'>;
  searchJournal: EntityTable<JournalEntry, 'seq'>;
  searchSnapshot: EntityTable<SearchSnapshot, 'key'>;
  trash: EntityTable<TrashBatch, 'token'>;
};

export const DB_NAME = 'quire';

/** Version 1, released: the first shape of the database. */
export const V1_STORES = {
  articles: 'id, &urlKey, *tags, status, fav, [savedAt+id], [pubAt+id], [titleKey+id], [readingMinutes+id]',
  bodies: 'id',
  searchJournal: '++seq',
  searchSnapshot: 'key',
  trash: 'token, removedAt',
};

/**
 * Version 2: running counts (Chromium counts index entries one by one, too slow for a
 * total on every page) and status-first sort indexes, so the unread list pages by range.
 * They replace the status index and the plain sort indexes (a page of everything merges
 * the two status ranges): every index entry is a write that a bulk import pays for.
 * Journal rows hold all the changes of one write.
 */
export const V2_STORES = {
  articles: 'id, &urlKey, *tags, fav, [status+savedAt+id], [status+pubAt+id], [status+titleKey+id], [status+readingMinutes+id]',
  counts: 'key',
};

/**
 * Version 3: fewer index entries per article, because a bulk import pays for each one.
 * Only the default order, newest saved, keeps its status-first index; publication date,
 * title and reading time sort in memory (list-plan.ts). `fav` is set on favourites only,
 * so the other rows have no entry in its index.
 */
export const V3_STORES = {
  articles: 'id, &urlKey, *tags, fav, [status+savedAt+id]',
};

/**
 * Version 4: urlKey is indexed but no longer unique. Chromium checks a unique index with a
 * read on every write, which a 10,000-row import paid for 10,000 times; one article per
 * URL now rests on the writes themselves (one-per-url.ts). Dexie rebuilds the index in the
 * upgrade; no row changes.
 */
export const V4_STORES = {
  articles: 'id, urlKey, *tags, fav, [status+savedAt+id]',
};

/**
 * Version 5: the Markdown caches leave the body rows for a table of their own. The Markdown
 * zip reads only them (about a tenth of a body row's bytes), and the other exports and the
 * reader no longer read them with every body. The upgrade moves each cache, in the trash too.
 */
export const V5_STORES = {
  markdown: 'id',
};

/** Bodies read per step of the version 5 upgrade: enough for few round trips, few enough for memory. */
const UPGRADE_PAGE = 500;

/** The cache a version 4 body held, and the body without it. */
function splitCache({ md, ...body }: BodyV4): [ArticleBody, MarkdownRow | null] {
  return [body, md ? { id: body.id, md } : null];
}

function cachesOf(split: [ArticleBody, MarkdownRow | null][]): MarkdownRow[] {
  return split.flatMap(([, cache]) => (cache ? [cache] : []));
}

/**
 * Moves the Markdown caches out of the bodies and the trash's bodies (version 4 to 5). Bodies
 * go in pages by key, each written back with its caches in bulk: a cursor's round trip per
 * body made this several times slower.
 */
async function moveMarkdownOut(tx: Transaction): Promise<void> {
  const bodies = tx.table('bodies');
  for (let last: string | null = null; ; ) {
    const page: BodyV4[] = await (last === null ? bodies.orderBy(':id') : bodies.where(':id').above(last)).limit(UPGRADE_PAGE).toArray();
    if (page.length === 0) break;
    last = page[page.length - 1]!.id;
    const split = page.filter((body) => body.md !== undefined).map(splitCache);
    await Promise.all([bodies.bulkPut(split.map(([body]) => body)), tx.table('markdown').bulkPut(cachesOf(split))]);
  }
  await tx
    .table('trash')
    .toCollection()
    .modify((batch: TrashBatchV4) => {
      const split = batch.bodies.map(splitCache);
      batch.bodies = split.map(([body]) => body);
      batch.markdown = cachesOf(split);
    });
}

export function declareVersions(db: Dexie): void {
  db.version(1).stores(V1_STORES);
  db.version(2)
    .stores(V2_STORES)
    .upgrade(async (tx) => {
      const articles: StoredArticle[] = await tx.table('articles').toArray();
      await tx.table('counts').bulkPut(countAll(articles));
      const journal: JournalEntryV1[] = await tx.table('searchJournal').toArray();
      await tx.table('searchJournal').bulkPut(journal.map(({ seq, id, body }): JournalEntry => ({ seq, changes: [[id, body]] })));
    });
  db.version(3)
    .stores(V3_STORES)
    .upgrade(async (tx) => {
      await tx
        .table('articles')
        .where('fav')
        .equals(0)
        .modify((row: { fav?: number }) => {
          delete row.fav;
        });
    });
  db.version(4).stores(V4_STORES);
  db.version(5).stores(V5_STORES).upgrade(moveMarkdownOut);
}

export type IndexedDBFactories = { indexedDB: IDBFactory; IDBKeyRange: typeof IDBKeyRange };

/** Opens (lazily) the database; Node tests and benchmarks pass fake-indexeddb's factories. */
export function openDatabase(name: string = DB_NAME, factories?: IndexedDBFactories): QuireDB {
  const db = new Dexie(name, factories ? { indexedDB: factories.indexedDB, IDBKeyRange: factories.IDBKeyRange } : undefined);
  declareVersions(db);
  return db as QuireDB;
}
