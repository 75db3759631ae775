/**
 * UI benchmark in a real browser, at 10,000 and at 30,000 saved articles:
 *   - popup opened (as a page) → first rows painted (from the snapshot of the list's first
 *     screen, popup/snapshot.ts), and → the list's own rows painted, when it answers
 *   - search keystroke → updated results painted
 *   - reader opened → text painted, 5,000-word article
 *   - the same with 200 highlights: text painted (target 1.2× the row above), and highlights drawn
 * each as median and p95, cold opens marked (the first after the service worker was
 * stopped, through the DevTools protocol), beside a floor measured in the same rounds: a
 * bare extension page reading 50 rows from IndexedDB and painting them without Preact
 * (test/pages/bench-floor.ts), with each figure's ratio to it.
 *
 *   npm run bench:ui [-- --json] [-- --runs N] [-- --articles 10000,30000] [-- --browser firefox]
 *
 * The list is seeded by a bench page (test/pages/bench-ui.ts) through the storage
 * repository, with the search index snapshot the background loads after a restart.
 * Times come from the pages' own clocks: performance marks left when the frame showing
 * the rows or the text was produced, measured from navigation start.
 */
import { cp, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { paragraphs, sampleClip } from '../test/e2e/reading';
import { SNAPSHOT_KEY } from '../src/ui/snapshot/store';
import { benchQueries } from '../test/pages/bench-store-data';
import { buildBench } from './build';
import { addHighlights, openAndMarks } from './bench/ui-highlights';
import { table } from './bench/ui-report';
import { clearSearch, keystrokes } from './bench/ui-search';
import { launchSession, markTime, sendFrom, until, type BrowserName, type UiSession } from './bench/ui-session';
import { figure, type Sample } from './bench/ui-stats';

const { values: args } = parseArgs({
  options: {
    json: { type: 'boolean', default: false },
    runs: { type: 'string', default: '9' },
    articles: { type: 'string', default: '10000,30000' },
    browser: { type: 'string', default: 'chromium' },
  },
});
const RUNS = Number(args.runs);
const SIZES = args.articles.split(',').map(Number);
const BROWSER = args.browser as BrowserName;
/** Every third open is cold: the background is stopped just before it. */
const COLD_EVERY = 3;
const log = (message: string) => !args.json && console.error(message);
const load = () => os.loadavg().map((n) => Number(n.toFixed(1)));

async function seed(session: UiSession, articles: number): Promise<string[]> {
  const tab = await session.open('test/pages/bench-ui.html');
  await until(tab, `typeof window.seedReadingList === 'function'`);
  // Started, then polled: seeding 30,000 takes longer than one protocol call may last.
  await tab.evaluate(`void window.seedReadingList(${articles}, 5000).then((r) => { window.seeded = r; }, (e) => { window.seeded = { error: String(e) }; })`);
  const seeded = await until<{ words?: string[]; error?: string }>(tab, 'window.seeded', 30 * 60_000);
  await tab.close();
  if (!seeded.words) throw new Error(`Seeding failed: ${seeded.error}`);
  return seeded.words;
}

async function openAndMark(session: UiSession, pagePath: string, mark: string): Promise<number> {
  const tab = await session.open(pagePath);
  const time = await markTime(tab, mark);
  await tab.close();
  return time;
}

/**
 * Opens `pagePath` RUNS times, every third one cold, and reads `marks` in each (one series
 * per mark); the floor page is opened beside each, in the same state.
 */
async function opens(session: UiSession, pagePath: string, marks: string[], floor: Sample[]): Promise<Sample[][]> {
  const series: Sample[][] = marks.map(() => []);
  for (let i = 0; i < RUNS; i++) {
    const cold = i % COLD_EVERY === 0 && (await session.stopBackground());
    const times = await openAndMarks(session, pagePath, marks);
    times.forEach((ms, n) => series[n]!.push({ ms, cold }));
    floor.push({ ms: await openAndMark(session, 'test/pages/bench-floor.html', 'quire:floor-rows'), cold });
  }
  return series;
}

async function measure(session: UiSession, articles: number) {
  log(`Seeding ${articles} articles…`);
  const words = await seed(session, articles);
  const helper = await session.open('options/index.html');
  const long = await sendFrom<{ article: { id: string } }>(helper, {
    type: 'page.save', tabId: 0, mode: 'article', tags: [], clip: sampleClip(0, { title: 'A 5,000-word article', html: paragraphs(5000, 'essay') }),
  });
  const marked = await sendFrom<{ article: { id: string } }>(helper, {
    type: 'page.save', tabId: 0, mode: 'article', tags: [], clip: sampleClip(1, { title: 'A 5,000-word article with 200 highlights', html: paragraphs(5000, 'essay') }),
  });
  await addHighlights(session, marked.article.id, 200);
  // Warm-up: the background opens the database and loads the search index once, as after any restart.
  // …and the list's first screen is kept (the snapshot the next opens paint first).
  const first = await session.open('popup/index.html?view=list');
  await until(first, `localStorage.getItem(${JSON.stringify(SNAPSHOT_KEY)})`);
  await first.close();
  await sendFrom(helper, { type: 'search.warm' });
  // Past the search index's debounced snapshot write that loading it may schedule (2 s).
  await new Promise((resolve) => setTimeout(resolve, 3000));

  const floor: Sample[] = [];
  log('Popup → first rows…');
  // First rows (from the snapshot when there is one), then the list that answers.
  const [popup, live] = await opens(session, 'popup/index.html?view=list', ['quire:list-rows', 'quire:list-live'], floor);

  log('Search index load after a stop…');
  const indexLoad: Sample[] = [];
  for (let i = 0; i < 3 && (await session.stopBackground()); i++) {
    const start = performance.now();
    await sendFrom(helper, { type: 'search.warm' });
    indexLoad.push({ ms: performance.now() - start, cold: true });
  }

  log('Search keystrokes…');
  const search: Sample[] = [];
  const list = await session.open('popup/index.html?view=list');
  await markTime(list, 'quire:list-live');
  await sendFrom(list, { type: 'search.warm' });
  await list.focus('#list-search');
  // Every fourth of the storage benchmark's queries, typed a key at a time: common and rare words, pairs, prefixes, typos.
  for (const query of benchQueries(words).filter((_, i) => i % 4 === 0)) {
    for (const ms of await keystrokes(list, query)) search.push({ ms, cold: false });
    await clearSearch(list);
  }
  await list.close();

  log('Reader → text…');
  const [reader] = await opens(session, `reader/index.html?id=${long.article.id}`, ['quire:reader-text'], floor);
  const highlighted: Sample[] = [];
  const drawn: Sample[] = [];
  for (let i = 0; i < RUNS; i++) {
    const [text, highlights] = await openAndMarks(session, `reader/index.html?id=${marked.article.id}`, ['quire:reader-text', 'quire:reader-highlights']);
    highlighted.push({ ms: text!, cold: false });
    drawn.push({ ms: highlights!, cold: false });
  }
  await helper.close();
  return {
    articles,
    floor: figure(floor),
    popupFirstRows: figure(popup!),
    popupLiveList: figure(live!),
    searchKeystroke: figure(search),
    searchIndexLoadAfterStop: indexLoad.length ? figure(indexLoad) : null,
    readerText5000Words: figure(reader!),
    readerText200Highlights: figure(highlighted),
    readerHighlightsDrawn: figure(drawn),
  };
}

/** One size's table, printed as soon as it is measured. */
function print(r: Awaited<ReturnType<typeof measure>>): void {
  const rows = [
    { label: 'popup opened → first rows painted', figure: r.popupFirstRows, target: { median: 100, p95: 300 } },
    { label: '  the same → the list answers (its own rows painted)', figure: r.popupLiveList },
    { label: 'search keystroke → results painted', figure: r.searchKeystroke, target: r.articles <= 10_000 ? { median: 30, p95: 100 } : { median: 60 } },
    { label: 'reader opened → text painted (5,000 words)', figure: r.readerText5000Words },
    { label: '  the same, 200 highlights: text painted', figure: r.readerText200Highlights, target: { median: Math.round(r.readerText5000Words.median * 1.2 * 10) / 10 } },
    { label: '  the same, 200 highlights: drawn', figure: r.readerHighlightsDrawn },
    ...(r.searchIndexLoadAfterStop ? [{ label: 'background: search index loaded after a stop', figure: r.searchIndexLoadAfterStop }] : []),
  ];
  const cold = BROWSER === 'chromium' ? 'cold: the first after the service worker was stopped' : 'all warm: nothing a harness reaches stops the background';
  console.log(table(`${BROWSER}, ${r.articles.toLocaleString('en-US')} articles, ${RUNS} opens each (${cold})`, r.floor, rows));
}

log(`Building the ${BROWSER} bench build…`);
// A private copy: other work in this checkout may rebuild dist/ while the benchmark runs.
const dir = await mkdtemp(path.join(os.tmpdir(), 'quire-bench-ui-'));
await cp(await buildBench(BROWSER === 'firefox' ? 'firefox' : 'chrome'), dir, { recursive: true });
const loadAtStart = load();
const results = [];
try {
  for (const articles of SIZES) {
    // A fresh profile for each size: a list of that size, as after a browser restart.
    const session = await launchSession(BROWSER, dir);
    try {
      const result = await measure(session, articles);
      results.push(result);
      if (!args.json) print(result);
    } finally {
      await session.close();
    }
  }
} finally {
  await rm(dir, { recursive: true, force: true });
}
const machine = { cpus: os.cpus().length, loadAverageAtStart: loadAtStart, loadAverageAtEnd: load() };
if (args.json) console.log(JSON.stringify({ browser: BROWSER, runs: RUNS, machine, results }, null, 2));
else console.log(`\n${machine.cpus} CPUs, load average ${machine.loadAverageAtStart.join(' ')} at start, ${machine.loadAverageAtEnd.join(' ')} at end`);
