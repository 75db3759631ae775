/**
 * UI benchmark in real Chromium with 10,000 saved articles:
 *   - popup opened (as a page) → first rows painted (target 150 ms)
 *   - search keystroke → updated results painted (target 50 ms)
 *   - reader opened → text painted, 5,000-word article (target 200 ms)
 *   - the same with 200 highlights: text painted (target 1.2× the row above), and highlights drawn
 *
 *   npm run bench:ui [-- --json] [-- --runs N] [-- --articles N]
 *
 * The list is seeded by a bench page (test/pages/bench-ui.ts) through the storage
 * repository, before the background's first search.
 * Times come from the pages' own clocks: performance marks left when the frame showing
 * the rows or the text was produced, measured from navigation start.
 */
import { cp, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Page } from 'playwright-core';
import { launchChromium, type ExtensionSession } from './browser/chromium';
import { paragraphs, sampleClip } from '../test/e2e/reading';
import { saveClip, send } from './browser/probe';
import { benchQueries } from '../test/pages/bench-store-data';
import { buildBench } from './build';
import { markTime } from './bench/marks';
import { addHighlights, openAndMarks } from './bench/ui-highlights';

const { values: args } = parseArgs({
  options: {
    json: { type: 'boolean', default: false },
    runs: { type: 'string', default: '15' },
    articles: { type: 'string', default: '10000' },
  },
});
const RUNS = Number(args.runs);
const ARTICLES = Number(args.articles);
const log = (message: string) => !args.json && console.error(message);

/**
 * Fills the list from a bench page straight through the storage repository (the
 * storage benchmark's corpus: Zipf-distributed words, about 5 KB each). The background
 * has not searched yet, so it loads the search index the page wrote on its first query,
 * as after a browser restart; it keeps no other copy of the list.
 */
async function seed(session: ExtensionSession): Promise<string[]> {
  const page = await session.openExtensionPage('test/pages/bench-ui.html');
  await page.waitForFunction(() => typeof window.seedReadingList === 'function');
  const { words } = await page.evaluate(([n, bytes]) => window.seedReadingList!(n!, bytes!), [ARTICLES, 5000]);
  await page.close();
  return words;
}

async function openAndMark(helper: Page, pagePath: string, mark: string): Promise<number> {
  const page = await helper.context().newPage();
  await page.goto(helper.url().replace(/\/options\/index\.html.*$/, `/${pagePath}`));
  const time = await markTime(page, mark);
  await page.close();
  return time;
}

/**
 * In the page: notes the time of the next keydown and, when the results for `q` are in
 * place, the time the frame showing them was produced. A string, because tsx would wrap
 * a compiled function in helpers the page does not have.
 */
const ARM = `(q) => {
  window.benchDone = null;
  document.addEventListener('keydown', () => { window.benchKeydownAt = performance.now(); }, { once: true, capture: true });
  const scroller = document.querySelector('.list-scroll');
  const observer = new MutationObserver(() => {
    if (scroller.getAttribute('data-shown-query') !== q) return;
    observer.disconnect();
    requestAnimationFrame(() => setTimeout(() => { window.benchDone = performance.now() - window.benchKeydownAt; }, 0));
  });
  observer.observe(scroller, { attributes: true, attributeFilter: ['data-shown-query'] });
}`;

/** Types `text` into the search one key at a time; each result is keydown → frame with the new results. */
async function keystrokes(page: Page, text: string): Promise<number[]> {
  const times: number[] = [];
  for (let i = 1; i <= text.length; i++) {
    await page.evaluate(`(${ARM})(${JSON.stringify(text.slice(0, i))})`);
    await page.keyboard.type(text[i - 1]!);
    const done = await page.waitForFunction(() => (window as { benchDone?: number | null }).benchDone, undefined, { polling: 10, timeout: 20_000 });
    times.push((await done.jsonValue()) as number);
  }
  return times;
}

function stats(values: number[]) {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  const round = (v: number) => Math.round(v * 10) / 10;
  return { median: round(median), p95: round(at(0.95)), runs: values.length, values: values.map(round) };
}

log('Building…');
// A private copy: other work in this checkout may rebuild dist/ while the benchmark runs.
const dir = await mkdtemp(path.join(os.tmpdir(), 'quire-bench-ui-'));
await cp(await buildBench(), dir, { recursive: true });
const session = await launchChromium({ dir });
try {
  log(`Seeding ${ARTICLES} articles…`);
  const seedStart = performance.now();
  const words = await seed(session);
  const seedMs = performance.now() - seedStart;
  const helper = await session.openExtensionPage('options/index.html');
  const long = await saveClip(helper, sampleClip(0, { title: 'A 5,000-word article', html: paragraphs(5000, 'essay') }));
  const marked = await saveClip(helper, sampleClip(1, { title: 'A 5,000-word article with 200 highlights', html: paragraphs(5000, 'essay') }));
  await addHighlights(helper, marked.article.id, 200);
  // Warm-up: the background opens the database and loads the search index once, as after any restart.
  await openAndMark(helper, 'popup/index.html?view=list', 'quire:list-rows');
  await send(helper, { type: 'articles.list', query: { query: words[10]!, sort: 'savedAt', order: 'desc', limit: 50 } });
  // Past the search index's debounced snapshot write that loading it may schedule (2 s).
  await helper.waitForTimeout(3000);

  log('Popup → first rows…');
  const popup: number[] = [];
  for (let i = 0; i < RUNS; i++) popup.push(await openAndMark(helper, 'popup/index.html?view=list', 'quire:list-rows'));

  log('Search keystrokes…');
  const search: number[] = [];
  const searchByText: { text: string; ms: number }[] = [];
  const list = await session.openExtensionPage('popup/index.html?view=list');
  await markTime(list, 'quire:list-rows');
  await list.locator('#list-search').focus();
  // Every fourth of the storage benchmark's queries, typed a key at a time: common and rare words, pairs, prefixes, typos.
  for (const query of benchQueries(words).filter((_, i) => i % 4 === 0)) {
    const times = await keystrokes(list, query);
    search.push(...times);
    times.forEach((ms, i) => searchByText.push({ text: query.slice(0, i + 1), ms: Math.round(ms) }));
    await list.locator('#list-search').fill('');
    await list.waitForFunction(() => document.querySelector('.list-scroll')?.getAttribute('data-shown-query') === '');
  }
  await list.close();

  log('Reader → text…');
  const reader: number[] = [];
  const highlighted: number[] = [];
  const drawn: number[] = [];
  // Alternated, so a machine that slows down part way slows both alike.
  for (let i = 0; i < RUNS; i++) {
    reader.push(await openAndMark(helper, `reader/index.html?id=${long.article.id}`, 'quire:reader-text'));
    const [text, highlights] = await openAndMarks(helper, `reader/index.html?id=${marked.article.id}`, ['quire:reader-text', 'quire:reader-highlights']);
    highlighted.push(text!);
    drawn.push(highlights!);
  }

  const figures = {
    articles: ARTICLES,
    seedMs: Math.round(seedMs),
    popupFirstRows: { ...stats(popup), target: 150 },
    searchKeystroke: { ...stats(search), target: 50, byText: searchByText },
    readerText5000Words: { ...stats(reader), target: 200 },
    readerText200Highlights: { ...stats(highlighted), target: 0 },
    readerHighlightsDrawn: { ...stats(drawn), target: 0 },
  };
  const ratio = Math.round((figures.readerText200Highlights.median / figures.readerText5000Words.median) * 100) / 100;
  figures.readerText200Highlights.target = Math.round(figures.readerText5000Words.median * 1.2 * 10) / 10;
  Object.assign(figures, { highlightsOverNone: ratio });
  if (args.json) console.log(JSON.stringify(figures, null, 2));
  else {
    console.log(`\nQuire UI in Chromium, ${ARTICLES} saved articles (seeded in ${figures.seedMs} ms); milliseconds`);
    console.log('measure                                   median    p95   runs  target');
    const row = (label: string, s: { median: number; p95: number; runs: number; target: number }) =>
      console.log(`${label.padEnd(40)} ${String(s.median).padStart(7)} ${String(s.p95).padStart(6)} ${String(s.runs).padStart(6)}  <= ${s.target}`);
    row('popup opened → first rows painted', figures.popupFirstRows);
    row('search keystroke → results painted', figures.searchKeystroke);
    row('reader opened → text painted (5,000 w)', figures.readerText5000Words);
    row('  the same, 200 highlights: text painted', figures.readerText200Highlights);
    console.log(`${'  the same, 200 highlights: drawn'.padEnd(40)} ${String(figures.readerHighlightsDrawn.median).padStart(7)} ${String(figures.readerHighlightsDrawn.p95).padStart(6)} ${String(figures.readerHighlightsDrawn.runs).padStart(6)}`);
    console.log(`text painted with 200 highlights / without: ${ratio}× (target <= 1.2×)`);
  }
} finally {
  await session.close();
  await rm(dir, { recursive: true, force: true });
}
