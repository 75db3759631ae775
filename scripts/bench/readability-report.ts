/** What `bench:extract --set readability` prints: the table, and with --misses the words each page loses and gains. */
import { loadTestPages, quireHtml, readabilityHtml } from './readability-pages';
import { PASS_F1, regressions, scoreSet, summarize, type PageScore, type SetSummary } from './readability-set';
import { bagMinus, type Bag } from './text-f1';

const WORDS_SHOWN = 25;

function words(bag: Bag): string {
  const sorted = [...bag].sort((a, b) => b[1] - a[1]);
  const total = sorted.reduce((n, [, count]) => n + count, 0);
  const shown = sorted.slice(0, WORDS_SHOWN).map(([token, count]) => (count > 1 ? `${token}×${count}` : token));
  return `${total}: ${shown.join(' ')}${sorted.length > WORDS_SHOWN ? ' …' : ''}`;
}

/** Per page below F1 1, worst first: the expected words lost and the words added, beside Readability alone's F1. */
function printMisses(quire: PageScore[], readability: PageScore[]): void {
  const rows = quire.map((q, i) => ({ q, r: readability[i]! })).filter(({ q }) => q.f1 < 1);
  for (const { q, r } of rows.sort((a, b) => a.q.f1 - b.q.f1)) {
    console.log(`${q.page.name}${q.page.heldOut ? ' (held out)' : ''}  Quire ${q.f1.toFixed(3)}  Readability ${r.f1.toFixed(3)}`);
    const lost = bagMinus(q.expected, q.found);
    const added = bagMinus(q.found, q.expected);
    if (lost.size) console.log(`  lost  ${words(lost)}`);
    if (added.size) console.log(`  added ${words(added)}`);
  }
}

function row(label: string, s: SetSummary): string {
  return `${label.padEnd(30)} ${String(s.pages).padStart(5)}  ${s.meanF1.toFixed(4)}  ${String(s.below).padStart(5)}  ${s.medianMs.toFixed(1).padStart(7)}  ${s.p95Ms.toFixed(1).padStart(7)}`;
}

export function runReadabilitySet(argv: string[]): void {
  const pages = loadTestPages();
  scoreSet(pages.slice(0, 10), [readabilityHtml, quireHtml]);
  const [readability, quire] = scoreSet(pages, [readabilityHtml, quireHtml]) as [PageScore[], PageScore[]];
  if (argv.includes('--misses')) printMisses(quire, readability);
  const held = (scores: PageScore[]): PageScore[] => scores.filter((s) => s.page.heldOut);
  const table = {
    readability: summarize(readability),
    quire: summarize(quire),
    readabilityHeldOut: summarize(held(readability)),
    quireHeldOut: summarize(held(quire)),
    regressions: regressions(quire, readability),
  };
  if (argv.includes('--json')) {
    console.log(JSON.stringify(table, null, 2));
    return;
  }
  console.log(`readability-test-pages, text F1 of expected.html (pages below ${PASS_F1} counted)`);
  console.log(`${''.padEnd(30)} pages  mean F1  below   med ms   p95 ms`);
  console.log(row('Readability alone', table.readability));
  console.log(row('Quire pipeline', table.quire));
  console.log(row('Readability alone, held out', table.readabilityHeldOut));
  console.log(row('Quire pipeline, held out', table.quireHeldOut));
  console.log(`time ratio (median): ${(table.quire.medianMs / table.readability.medianMs).toFixed(2)}x`);
  console.log(`below ${PASS_F1} where Readability alone passes: ${table.regressions.join(', ') || 'none'}`);
}
