/**
 * Extraction benchmark over the trafilatura evaluation corpus: Readability alone against
 * Quire's pipeline, same pages, same run, same DOM implementation.
 *
 *   npm run bench:extract [-- --json] [-- --limit N] [-- --ablate] [-- --compare] [-- --switches a,b] [-- --misses]
 *   npm run bench:extract -- --set readability [--misses] [--json]   (scripts/bench/readability-report.ts)
 *
 * Times cover extraction from an already parsed document (HTML parsing is the same for
 * both and left out); each side gets its own freshly parsed copy of the page.
 * --ablate reruns the pipeline with each clutter rule switched off, one at a time.
 * --compare does the same and prints what each rule and candidate gains (F1 all on minus
 * F1 with it off), over the whole set and over the held-out fifth; --switches a,b limits
 * either to those switches.
 * Every table has the held-out fifth (sorted file index % 5 == 4) beside the whole set.
 * --misses prints, per page, the "with" snippets the pipeline missed (FN) and the
 * "without" snippets it kept (FP), marking those Readability alone gets right.
 */
import { CLEANUP_RULES } from '../src/core/extract/cleanup';
import { PREPARE_RULES } from '../src/core/extract/clutter';
import { parseDocument } from '../src/core/extract/node';
import { addCounts, loadEvalPages, metrics, readPageHtml, scorePage, type Counts, type EvalPage } from './bench/corpus';
import { extractOrNull, pipeline, readabilityAlone, type Extractor } from './bench/extractors';
import { runReadabilitySet } from './bench/readability-report';
import { PIPELINE_SWITCHES } from '../src/core/extract/pipeline';

interface SideResult {
  counts: Counts;
  /** Each page's counts, in page order. */
  pageCounts: Counts[];
  times: number[];
  failures: number;
  /** The scored text of each page, in page order (null: extraction failed). */
  texts: (string | null)[];
}

function emptySide(): SideResult {
  return { counts: { tp: 0, fn: 0, fp: 0, tn: 0 }, pageCounts: [], times: [], failures: 0, texts: [] };
}

function measure(side: SideResult, page: EvalPage, html: string, extract: Extractor): void {
  const doc = parseDocument(html, page.url);
  const start = performance.now();
  const text = extractOrNull(extract, doc, page.url);
  side.times.push(performance.now() - start);
  if (text === null) side.failures++;
  side.texts.push(text);
  const counts = scorePage(page, text);
  side.pageCounts.push(counts);
  side.counts = addCounts(side.counts, counts);
}

/** The side restricted to the held-out pages. */
function heldOutPart(side: SideResult, pages: EvalPage[]): SideResult {
  const part = emptySide();
  pages.forEach((page, i) => {
    if (!page.heldOut) return;
    const counts = side.pageCounts[i] as Counts;
    part.pageCounts.push(counts);
    part.counts = addCounts(part.counts, counts);
    part.times.push(side.times[i] ?? 0);
    part.texts.push(side.texts[i] ?? null);
    if (side.texts[i] === null) part.failures++;
  });
  return part;
}

/** Runs every extractor on each page in turn (alternating who goes first), so load on a shared machine hits all alike. */
function runSides(pages: EvalPage[], htmls: string[], extractors: Extractor[]): SideResult[] {
  const sides = extractors.map(emptySide);
  pages.forEach((page, i) => {
    const order = i % 2 === 0 ? extractors.map((_, k) => k) : extractors.map((_, k) => extractors.length - 1 - k);
    for (const k of order) measure(sides[k] as SideResult, page, htmls[i] ?? '', extractors[k] as Extractor);
  });
  return sides;
}

const normalize = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** Per page, what the pipeline got wrong; "(R ok)" marks a snippet Readability alone gets right. */
function printMisses(pages: EvalPage[], readability: SideResult, quire: SideResult): void {
  pages.forEach((page, i) => {
    const ours = normalize(quire.texts[i] ?? '');
    const theirs = normalize(readability.texts[i] ?? '');
    const has = (text: string, snippet: string): boolean => text.includes(normalize(snippet));
    const lines = [
      ...page.with.filter((s) => !has(ours, s)).map((s) => `  FN ${has(theirs, s) ? '(R ok) ' : ''}${s}`),
      ...page.without.filter((s) => has(ours, s)).map((s) => `  FP ${has(theirs, s) ? '' : '(R ok) '}${s}`),
    ];
    if (lines.length > 0) console.log(`#${i} ${page.file} ${quire.texts[i] === null ? '(failed)' : `${ours.length} chars`}\n${lines.join('\n')}`);
  });
}

/** Per switch: F1 with it off minus F1 with everything on, over the whole set and the held-out part; what it gains is the negation. */
function printCompare(compared: Record<string, { whole: Summary; heldOut: Summary }>, quire: Summary, quireHeldOut: Summary): void {
  const delta = (s: Summary, base: Summary): string => (base.f1 - s.f1 >= 0 ? '+' : '') + (base.f1 - s.f1).toFixed(4);
  console.log(`\ngain of each switch (F1 all on minus F1 with it off)`);
  console.log(`${'switch'.padEnd(24)} ${'whole'.padStart(8)} ${'held out'.padStart(9)}   TP/FP change, held out`);
  for (const [name, { whole, heldOut }] of Object.entries(compared)) {
    const counts = `${quireHeldOut.tp - heldOut.tp >= 0 ? '+' : ''}${quireHeldOut.tp - heldOut.tp} / ${quireHeldOut.fp - heldOut.fp >= 0 ? '+' : ''}${quireHeldOut.fp - heldOut.fp}`;
    console.log(`${name.padEnd(24)} ${delta(whole, quire).padStart(8)} ${delta(heldOut, quireHeldOut).padStart(9)}   ${counts}`);
  }
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

function summary(side: SideResult) {
  const m = metrics(side.counts);
  return {
    ...m,
    ...side.counts,
    failures: side.failures,
    medianMs: percentile(side.times, 50),
    p95Ms: percentile(side.times, 95),
  };
}

type Summary = ReturnType<typeof summary>;

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

function main(): void {
  const limit = Number(arg('--limit') ?? Infinity);
  const pages = loadEvalPages().slice(0, limit);
  const htmls = pages.map(readPageHtml);
  // Warm both code paths once so JIT compilation does not land on the first side measured.
  runSides(pages.slice(0, 20), htmls.slice(0, 20), [readabilityAlone, pipeline()]);
  const sides = runSides(pages, htmls, [readabilityAlone, pipeline()]) as [SideResult, SideResult];
  if (process.argv.includes('--misses')) printMisses(pages, ...sides);
  const [readability, quire] = sides.map(summary) as [Summary, Summary];
  const [readabilityHeldOut, quireHeldOut] = sides.map((side) => summary(heldOutPart(side, pages))) as [Summary, Summary];
  const ablations: Record<string, Summary> = {};
  const compared: Record<string, { whole: Summary; heldOut: Summary }> = {};
  const ablate = process.argv.includes('--ablate');
  const compare = process.argv.includes('--compare');
  if (ablate || compare) {
    const all = [...new Set([...PREPARE_RULES, ...CLEANUP_RULES].map((r) => r.name)), ...PIPELINE_SWITCHES];
    const only = arg('--switches')?.split(',');
    const names = only ? all.filter((name) => only.includes(name)) : all;
    const results = runSides(pages, htmls, names.map((name) => pipeline(new Set([name]))));
    names.forEach((name, i) => {
      const side = results[i] as SideResult;
      ablations[name] = summary(side);
      compared[name] = { whole: ablations[name], heldOut: summary(heldOutPart(side, pages)) };
    });
  }
  if (process.argv.includes('--json')) {
    console.log(JSON.stringify({ pages: pages.length, readability, quire, readabilityHeldOut, quireHeldOut, ablations: ablate ? ablations : {}, compared: compare ? compared : {} }, null, 2));
    return;
  }
  const row = (label: string, s: Summary): string =>
    `${label.padEnd(28)} ${s.precision.toFixed(3)}  ${s.recall.toFixed(3)}  ${s.accuracy.toFixed(3)}  ${s.f1.toFixed(3)}  ${s.medianMs.toFixed(1).padStart(7)}  ${s.p95Ms.toFixed(1).padStart(7)}  ${String(s.failures).padStart(5)}`;
  console.log(`trafilatura-eval, ${pages.length} pages`);
  console.log(`${''.padEnd(28)} prec.  recall  acc.   F1     med ms   p95 ms  fails`);
  console.log(row('Readability alone', readability));
  console.log(row('Quire pipeline', quire));
  if (ablate) for (const [name, s] of Object.entries(ablations)) console.log(row(`  without ${name}`, s));
  console.log(row(`Readability alone, held out`, readabilityHeldOut));
  console.log(row(`Quire pipeline, held out`, quireHeldOut));
  console.log(`held out: ${pages.filter((p) => p.heldOut).length} pages (sorted file index % 5 == 4)`);
  console.log(`time ratio (median): ${(quire.medianMs / readability.medianMs).toFixed(2)}x`);
  if (compare) printCompare(compared, quire, quireHeldOut);
}

if (arg('--set') === 'readability') runReadabilitySet(process.argv);
else main();
