/**
 * `npm run bench:io` (add `-- --json` for machine-readable figures): in real Chromium,
 * imports a 10,000-row Pocket CSV through the options page's code (parse, preview,
 * apply), then exports 10,000 articles with bodies to every format. Prints medians. The read
 * time of Quire JSON and the Markdown zip is the metadata only: their bodies are read while writing.
 * Options: --rounds N (default 5), --articles N (default 10000), --text-bytes N (default 5000).
 */
import os from 'node:os';
import { buildBench } from './build';
import { launchChromium } from '../test/e2e/harness';
import type { ExportFormat } from '../src/core/formats';

const FORMATS: ExportFormat[] = ['quire-json', 'pocket-csv', 'netscape', 'markdown', 'markdown-zip', 'html'];
const TARGET_MS = 2000;

function flag(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  return index > 0 ? Number(process.argv[index + 1]) : fallback;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

const rounds = flag('rounds', 5);
const articles = flag('articles', 10_000);
const textBytes = flag('text-bytes', 5000);
const json = process.argv.includes('--json');
const log = (line: string) => json || console.log(line);

/** The machine's load (1-minute average) matters on a shared machine: IndexedDB slows with it. */
const load = () => Number(os.loadavg()[0]!.toFixed(1));
const loadAtStart = load();
log('Building dist/chrome-bench…');
const session = await launchChromium({ dir: await buildBench() });
try {
  const page = await session.openExtensionPage('test/pages/bench-io.html');
  await page.waitForFunction(() => window.quireIoBench !== undefined);

  log(`Importing a ${articles}-row Pocket CSV, ${rounds} rounds…`);
  const imports: Record<string, number>[] = [];
  for (let r = 0; r < rounds; r++) imports.push(await page.evaluate((rows) => window.quireIoBench!.importOnce(rows), articles));
  const importFigures = Object.fromEntries(Object.keys(imports[0]!).map((step) => [step, median(imports.map((run) => run[step]!))]));

  log(`Seeding ${articles} articles of about ${textBytes} characters of text…`);
  await page.evaluate(([count, bytes]) => window.quireIoBench!.seed(count!, bytes!), [articles, textBytes]);
  const exportFigures: Record<string, { medianMs: number; readMs: number; megabytes: number; count: number }> = {};
  for (const format of FORMATS) {
    const runs = [];
    for (let r = 0; r < rounds; r++) runs.push(await page.evaluate((f) => window.quireIoBench!.exportOnce(f), format));
    exportFigures[format] = { medianMs: median(runs.map((run) => run.ms)), readMs: median(runs.map((run) => run.readMs)), megabytes: runs[0]!.bytes / 1e6, count: runs[0]!.count };
  }

  const machine = { cpus: os.cpus().length, loadAverageAtStart: loadAtStart, loadAverageAtEnd: load() };
  const figures = { browser: 'chromium', rounds, articles, textBytes, targetMs: TARGET_MS, machine, import: importFigures, export: exportFigures };
  if (json) {
    console.log(JSON.stringify(figures, null, 2));
  } else {
    const verdict = (ms: number) => (ms <= TARGET_MS ? 'ok' : 'OVER');
    console.log(`\nMedians over ${rounds} rounds in Chromium (target ${TARGET_MS} ms each); ${machine.cpus} CPUs, load average ${machine.loadAverageAtStart} at start, ${machine.loadAverageAtEnd} at end\n`);
    console.log('| operation | median ms | of which database read before writing | size | target |\n| --- | ---: | ---: | ---: | --- |');
    console.log(`| import ${articles}-row Pocket CSV: parse | ${importFigures.parse!.toFixed(0)} | | | |`);
    console.log(`| import: preview | ${importFigures.preview!.toFixed(0)} | | | |`);
    console.log(`| import: apply | ${importFigures.apply!.toFixed(0)} | | | |`);
    console.log(`| **import total** | ${importFigures.total!.toFixed(0)} | | | ${verdict(importFigures.total!)} |`);
    for (const [format, f] of Object.entries(exportFigures)) {
      console.log(`| export ${f.count} articles: ${format} | ${f.medianMs.toFixed(0)} | ${f.readMs.toFixed(0)} | ${f.megabytes.toFixed(1)} MB | ${verdict(f.medianMs)} |`);
    }
  }
} finally {
  await session.close();
}
