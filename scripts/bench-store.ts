/**
 * Storage benchmark: a reading list of 10,000 articles of about 5 KB of text each, in
 * real Chromium (an extension page of the bench build) and on fake-indexeddb in Node.
 *
 *   npm run bench:store [-- --json] [-- --rounds N] [-- --articles N] [-- --text-bytes N] [-- --only chromium|node]
 *
 * Each round fills a fresh database; quick operations are repeated within a round and
 * their median kept; the table shows the median over rounds.
 */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { parseArgs } from 'node:util';
import { launchChromium } from './browser/chromium';
import { runStoreBench, type RoundFigures, type StoreBenchOptions } from '../test/pages/bench-store';
import { buildBench } from './build';

const { values: args } = parseArgs({
  options: {
    json: { type: 'boolean', default: false },
    rounds: { type: 'string', default: '3' },
    articles: { type: 'string', default: '10000' },
    'text-bytes': { type: 'string', default: '5000' },
    only: { type: 'string' },
  },
});

const options: StoreBenchOptions = { articles: Number(args.articles), textBytes: Number(args['text-bytes']), rounds: Number(args.rounds), reps: 20 };

const METRICS: [key: string, label: string, target: string][] = [
  ['bulkInsert', `bulk insert of ${options.articles} (one transaction)`, '<= 5000'],
  ['rawBulkAdd', `reference: plain Dexie bulkAdd of the ${options.articles} texts, no index`, ''],
  ['newestPage', 'first page of 50 newest', '<= 20'],
  ['titlePage', 'first page of 50 by title (sorted in memory)', ''],
  ['tagPageCommon', 'first page of a tag filter (common tag)', '<= 20'],
  ['tagPageRare', 'first page of a tag filter (rare tag)', '<= 20'],
  ['searchMedian', 'search, median of 20 queries', '<= 30'],
  ['searchP95', 'search, p95 of 20 queries', ''],
  ['tagCounts', 'count per tag', ''],
  ['singleSave', 'single save into the full list', '<= 30'],
  ['indexBuild', 'search index build from all bodies', ''],
  ['indexFlush', 'search index snapshot write', ''],
  ['indexLoad', 'search index load from snapshot', ''],
  ['indexSnapshotMB', 'search index snapshot size (MB)', ''],
];

function medianOver(rounds: RoundFigures[]): RoundFigures {
  const out: RoundFigures = {};
  for (const [key] of METRICS) {
    const values = rounds.map((r) => r[key]!).sort((a, b) => a - b);
    const mid = values.length >> 1;
    out[key] = values.length % 2 ? values[mid]! : (values[mid - 1]! + values[mid]!) / 2;
  }
  return out;
}

async function inChromium(): Promise<RoundFigures[]> {
  const dir = await buildBench();
  const session = await launchChromium({ dir });
  try {
    const page = await session.openExtensionPage('test/pages/bench-store.html');
    await page.waitForFunction(() => typeof window.runStoreBench === 'function');
    const { articles, textBytes, rounds, reps } = options;
    const figures: RoundFigures[] = await page.evaluate(
      (opts: { articles: number; textBytes: number; rounds: number; reps: number }) => window.runStoreBench!(opts),
      { articles, textBytes, rounds, reps },
    );
    return figures;
  } finally {
    await session.close();
  }
}

function inNode(): Promise<RoundFigures[]> {
  return runStoreBench({ ...options, factories: () => ({ indexedDB: new IDBFactory(), IDBKeyRange }) });
}

const results: Record<string, RoundFigures> = {};
if (args.only !== 'node') results.chromium = medianOver(await inChromium());
if (args.only !== 'chromium') results['fake-indexeddb'] = medianOver(await inNode());

if (args.json) {
  console.log(JSON.stringify({ options: { ...options, factories: undefined }, medians: results }, null, 2));
} else {
  const columns = Object.keys(results);
  const fmt = (value: number | undefined) => (value === undefined ? '' : value >= 100 ? value.toFixed(0) : value.toFixed(1));
  console.log(`Storage benchmark: ${options.articles} articles x ${options.textBytes} B of text, medians over ${options.rounds} rounds, ms\n`);
  console.log(`| operation | ${columns.join(' | ')} | target |`);
  console.log(`|---|${columns.map(() => '---:').join('|')}|---|`);
  for (const [key, label, target] of METRICS) {
    console.log(`| ${label} | ${columns.map((c) => fmt(results[c]![key])).join(' | ')} | ${target} |`);
  }
}
