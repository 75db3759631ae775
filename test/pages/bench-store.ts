/**
 * The storage benchmark, run the same way in Node on fake-indexeddb and in Chromium in
 * an extension page (where scripts/bench-store.ts calls window.runStoreBench).
 */
import { Dexie } from 'dexie';
import { createRepository, openDatabase, type IndexedDBFactories, type Repository } from '../../src/storage';
import { benchQueries, makeCorpus, type BenchCorpus } from './bench-store-data';

export interface StoreBenchOptions {
  articles: number;
  textBytes: number;
  rounds: number;
  /** Repetitions of each quick measurement within a round. */
  reps: number;
  /** Fresh IndexedDB factories per round (Node); the page's own indexedDB when absent. */
  factories?: () => IndexedDBFactories;
}

export type RoundFigures = Record<string, number>;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function p95(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.95) - 1)]!;
}

async function time(run: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await run();
  return performance.now() - start;
}

async function repeat(reps: number, run: (i: number) => Promise<unknown>): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < reps; i++) times.push(await time(() => run(i)));
  return times;
}

async function measureQueries(repo: Repository, corpus: BenchCorpus, reps: number, round: RoundFigures): Promise<void> {
  const newest = { sort: 'savedAt', order: 'desc', limit: 50 } as const;
  round.newestPage = median(await repeat(reps, () => repo.list(newest)));
  round.titlePage = median(await repeat(reps, () => repo.list({ ...newest, sort: 'title', order: 'asc' })));
  round.tagPageCommon = median(await repeat(reps, () => repo.list({ ...newest, tag: corpus.tags[0] })));
  round.tagPageRare = median(await repeat(reps, () => repo.list({ ...newest, tag: corpus.tags[corpus.tags.length - 1] })));
  const queries = benchQueries(corpus.words);
  const searches = await repeat(queries.length, (i) => repo.list({ query: queries[i], sort: 'relevance', order: 'desc', limit: 50 }));
  round.searchMedian = median(searches);
  round.searchP95 = p95(searches);
  round.tagCounts = median(await repeat(reps, () => repo.allTags()));
  const saves = await repeat(reps, (i) =>
    repo.saveClip({
      url: `https://new.example/${Date.now()}-${i}`,
      canonicalUrl: `https://new.example/${Date.now()}-${i}`,
      title: `Fresh article ${i}`,
      byline: null, siteName: null, excerpt: null, lang: 'en', dir: null, publishedTime: null, modifiedTime: null,
      leadImageUrl: null, faviconUrl: null, wordCount: null, readingMinutes: null, suggestedTags: [],
      html: null,
      text: corpus.makeText(5000),
      tags: [corpus.tags[1]!],
    }),
  );
  round.singleSave = median(saves);
}

/** Reference point: Dexie bulkAdd of the same bodies into a table with no index at all. */
async function rawBulkAdd(options: StoreBenchOptions, corpus: BenchCorpus, name: string): Promise<number> {
  const factories = options.factories?.();
  const raw = new Dexie(`${name}-raw`, factories);
  raw.version(1).stores({ records: 'id' });
  try {
    return await time(() => raw.table('records').bulkAdd(corpus.items.map((item) => ({ id: String(item.line), text: item.text }))));
  } finally {
    await raw.delete();
  }
}

async function benchRound(options: StoreBenchOptions, corpus: BenchCorpus, name: string): Promise<RoundFigures> {
  const factories = options.factories?.();
  const db = openDatabase(name, factories);
  const repoOptions = { storageManager: null, searchFlushDelayMs: null };
  const round: RoundFigures = { rawBulkAdd: await rawBulkAdd(options, corpus, name) };
  try {
    const writer = createRepository(db, repoOptions);
    round.bulkInsert = await time(() => writer.applyImport(corpus.items));
    round.indexBuild = await time(() => writer.warmSearch());
    round.indexFlush = await time(() => writer.flushSearchIndex());
    const snapshot = await db.searchSnapshot.get('current');
    round.indexSnapshotMB = ((snapshot?.meta.length ?? 0) + (snapshot?.content.length ?? 0)) / 1e6;
    const reader = createRepository(db, repoOptions);
    round.indexLoad = await time(() => reader.warmSearch());
    await measureQueries(reader, corpus, options.reps, round);
  } finally {
    await db.delete();
  }
  return round;
}

export async function runStoreBench(options: StoreBenchOptions): Promise<RoundFigures[]> {
  const corpus = makeCorpus(options.articles, options.textBytes);
  const rounds: RoundFigures[] = [];
  for (let r = 0; r < options.rounds; r++) rounds.push(await benchRound(options, corpus, `quire-bench-${r}`));
  return rounds;
}

declare global {
  interface Window {
    runStoreBench?: typeof runStoreBench;
  }
}

if (typeof window !== 'undefined') window.runStoreBench = runStoreBench;
