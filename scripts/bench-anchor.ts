/**
 * Anchoring benchmark over the Readability test pages: random passages, one to three random
 * small edits of the text, then placing each passage again as the reader does.
 *
 *   npm run bench:anchor [-- --json] [-- --cases N] [-- --seed N]
 *
 * Prints the share found again (all passages, and those the page does not repeat), how each
 * was found (position, quote, fuzzy), and the time per anchor (median, p95).
 */
import { parseArgs } from 'node:util';
import fc from 'fast-check';
import { anchor, describeRange, type AnchorMethod } from '../src/core/highlights';
import { applyEdits, caseArb, corpusTexts, isUnique, reanchored } from '../test/unit/highlights/corpus-edits';
import { median } from './bench/median';

const { values: args } = parseArgs({
  options: { json: { type: 'boolean', default: false }, cases: { type: 'string', default: '2000' }, seed: { type: 'string', default: '22' } },
});

const cases = fc.sample(caseArb(corpusTexts()), { numRuns: Number(args.cases), seed: Number(args.seed) });
const times: number[] = [];
const methods: Record<AnchorMethod | 'none', number> = { position: 0, quote: 0, fuzzy: 0, none: 0 };
let found = 0;
let unique = 0;
let foundUnique = 0;
for (const sample of cases) {
  const target = describeRange(sample.text, sample.start, sample.end);
  const edited = applyEdits(sample);
  const began = performance.now();
  const placed = anchor(edited.text, target);
  times.push(performance.now() - began);
  methods[placed?.method ?? 'none']++;
  const ok = reanchored(placed, edited, target.quote.exact);
  const single = isUnique(sample);
  found += Number(ok);
  unique += Number(single);
  foundUnique += Number(ok && single);
}

const sorted = [...times].sort((a, b) => a - b);
const round = (value: number, digits = 3) => Number(value.toFixed(digits));
const figures = {
  cases: cases.length,
  rate: round(found / cases.length),
  uniqueCases: unique,
  uniqueRate: round(foundUnique / unique),
  methods,
  msMedian: round(median(times)),
  msP95: round(sorted[Math.floor(0.95 * sorted.length)]!),
};
if (args.json) console.log(JSON.stringify(figures, null, 2));
else {
  console.log(`Anchoring after 1-3 small edits, ${figures.cases} passages of 20-300 characters over the Readability test pages`);
  console.log(`found again: ${(figures.rate * 100).toFixed(1)}% of all; ${(figures.uniqueRate * 100).toFixed(1)}% of the ${unique} the page does not repeat`);
  console.log(`by position ${methods.position}, by quote ${methods.quote}, fuzzy ${methods.fuzzy}, not placed ${methods.none}`);
  console.log(`ms per anchor: median ${figures.msMedian}, p95 ${figures.msP95}`);
}
