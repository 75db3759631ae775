/**
 * `npm run bench:io` (add `-- --json` for machine-readable figures): in real Chromium,
 * imports a 20,000-row Pocket CSV through the options page's code (parse, preview,
 * apply), as a first import in a fresh profile and again after "Delete all data"
 * (bench/io-import.ts), timing its phases (parse, preview, sanitize, stage messages, the write's
 * chunks, its commit, the reply, then the list's first page and a search, which waits for the
 * search index: test/pages/bench-io.ts), then exports 10,000 articles with bodies to every format. Prints medians. The read
 * time of Quire JSON and the Markdown zip is the metadata only: their bodies are read while writing.
 * Each round also times a floor in bare IndexedDB (bench-io-floor.ts): writing the rows the
 * import wrote, and reading every article and body row; the ratios to it are steadier than the
 * figures on a shared machine. Rounds go through every operation in turn, so drift spreads evenly.
 * Options: --rounds N (default 5), --import-rows N (default 20000), --articles N (exported, default 10000),
 * --text-bytes N (default 5000).
 */
import os from 'node:os';
import { buildBench } from './build';
import { launchChromium } from './browser/chromium';
import type { ExportFormat } from '../src/core/formats';
import { FORMATS_WITH_BODIES } from '../options/export/read-articles';
import { importRounds, openBenchPage, type ImportFigures } from './bench/io-import';
import { median } from './bench/median';

const FORMATS: ExportFormat[] = ['quire-json', 'pocket-csv', 'netscape', 'markdown', 'markdown-zip', 'html'];
const TARGET_MS = 2000;
/** The apply's phases (test/pages/bench-io.ts): sanitize, the stage messages, the write's chunks, its end (counts, journal, outbox, commit), the reply. */
const APPLY_PHASES = ['sanitize', 'stage', 'write', 'commit', 'reply'];
const IMPORT_TARGET_MS = 4000;

function flag(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  return index > 0 ? Number(process.argv[index + 1]) : fallback;
}

const rounds = flag('rounds', 5);
const importRows = flag('import-rows', 20_000);
const articles = flag('articles', 10_000);
const textBytes = flag('text-bytes', 5000);
const json = process.argv.includes('--json');
const log = (line: string) => json || console.log(line);

/** The machine's load (1-minute average) matters on a shared machine: IndexedDB slows with it. */
const load = () => Number(os.loadavg()[0]!.toFixed(1));
const loadAtStart = load();
log('Building dist/chrome-bench…');
const dir = await buildBench();
const session = await launchChromium({ dir });
try {
  const page = await openBenchPage(session);

  log(`Importing a ${importRows}-row Pocket CSV, ${rounds} rounds in fresh profiles and ${rounds} after delete-all…`);
  const imported = await importRounds(dir, page, rounds, importRows);

  log(`Seeding ${articles} articles of about ${textBytes} characters of text…`);
  await page.evaluate(([count, bytes]) => window.quireIoBench!.seed(count!, bytes!), [articles, textBytes]);
  const exportRuns = new Map<ExportFormat, { ms: number; readMs: number; bytes: number; count: number }[]>(FORMATS.map((format) => [format, []]));
  const rawReads: number[] = [];
  for (let r = 0; r < rounds; r++) {
    rawReads.push(await page.evaluate(() => window.quireIoBench!.rawReadOnce()));
    for (const format of FORMATS) exportRuns.get(format)!.push(await page.evaluate((f) => window.quireIoBench!.exportOnce(f), format));
  }
  const rawReadMs = median(rawReads);
  // Against the read of every body: for the formats that read bodies only.
  const exportFigures: Record<string, { medianMs: number; readMs: number; megabytes: number; count: number; timesRawRead?: number }> = {};
  for (const [format, runs] of exportRuns) {
    const medianMs = median(runs.map((run) => run.ms));
    const ratio = FORMATS_WITH_BODIES.has(format) ? { timesRawRead: medianMs / rawReadMs } : {};
    exportFigures[format] = { medianMs, readMs: median(runs.map((run) => run.readMs)), megabytes: runs[0]!.bytes / 1e6, count: runs[0]!.count, ...ratio };
  }

  const machine = { cpus: os.cpus().length, loadAverageAtStart: loadAtStart, loadAverageAtEnd: load() };
  const floorOf = ({ steps, rawWriteMs }: ImportFigures) => ({ rawWriteMs, applyTimesRawWrite: steps.apply! / rawWriteMs, totalTimesRawWrite: steps.total! / rawWriteMs });
  const floor = { importFirst: floorOf(imported.first), import: floorOf(imported.again), rawReadMs };
  const figures = { browser: 'chromium', rounds, importRows, articles, textBytes, targetMs: TARGET_MS, importTargetMs: IMPORT_TARGET_MS, machine, floor, importFirst: imported.first.steps, import: imported.again.steps, export: exportFigures };
  if (json) {
    console.log(JSON.stringify(figures, null, 2));
  } else {
    const verdict = (ms: number, target = TARGET_MS) => (ms <= target ? 'ok' : 'OVER');
    console.log(`\nMedians over ${rounds} rounds in Chromium (target ${IMPORT_TARGET_MS} ms for the import, ${TARGET_MS} ms for each export); ${machine.cpus} CPUs, load average ${machine.loadAverageAtStart} at start, ${machine.loadAverageAtEnd} at end\n`);
    const times = (ratio: number) => `${ratio.toFixed(2)}×`;
    console.log('| operation | median ms | × floor | of which database read before writing | size | target |\n| --- | ---: | ---: | ---: | ---: | --- |');
    const kinds = [['first import, fresh profile', imported.first, floor.importFirst], ['import after delete-all', imported.again, floor.import]] as const;
    for (const [kind, { steps, rawWriteMs }, ratios] of kinds) {
      console.log(`| floor (${kind}): bare IndexedDB put of the import's ${importRows} rows | ${rawWriteMs.toFixed(0)} | | | | |`);
      console.log(`| ${kind}, ${importRows}-row Pocket CSV: parse | ${steps.parse!.toFixed(0)} | | | | |`);
      console.log(`| ${kind}: preview | ${steps.preview!.toFixed(0)} | | | | |`);
      for (const phase of APPLY_PHASES) console.log(`| ${kind}: apply, ${phase} | ${steps[phase]!.toFixed(0)} | | | | |`);
      console.log(`| ${kind}: apply | ${steps.apply!.toFixed(0)} | ${times(ratios.applyTimesRawWrite)} | | | |`);
      console.log(`| **${kind}: total** | ${steps.total!.toFixed(0)} | ${times(ratios.totalTimesRawWrite)} | | | ${verdict(steps.total!, IMPORT_TARGET_MS)} |`);
      console.log(`| ${kind}, then: the list's first page | ${steps.firstPage!.toFixed(0)} | | | | |`);
      console.log(`| ${kind}, then: a search (waits for the search index to take the import in) | ${steps.search!.toFixed(0)} | | | | |`);
    }
    console.log(`| floor: bare IndexedDB getAll of every article and body row | ${rawReadMs.toFixed(0)} | | | | |`);
    for (const [format, f] of Object.entries(exportFigures)) {
      console.log(`| export ${f.count} articles: ${format} | ${f.medianMs.toFixed(0)} | ${f.timesRawRead ? times(f.timesRawRead) : ''} | ${f.readMs.toFixed(0)} | ${f.megabytes.toFixed(1)} MB | ${verdict(f.medianMs)} |`);
    }
  }
} finally {
  await session.close();
}
