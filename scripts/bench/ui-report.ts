/** bench:ui's table: each figure with its cold opens, its ratio to the floor measured in the same run, and its target. */
import type { Figure } from './ui-stats';

export interface Row {
  label: string;
  figure: Figure;
  target?: { median: number; p95?: number };
}

const ms = (v: number) => v.toLocaleString('en-US', { maximumFractionDigits: 1 });
const times = (a: number, b: number) => `${(a / b).toFixed(1)}×`;

function verdict({ figure, target }: Row): string {
  if (!target) return '';
  const ok = figure.median <= target.median && (target.p95 === undefined || figure.p95 <= target.p95);
  return `${target.median}${target.p95 === undefined ? '' : ` / ${target.p95}`} ${ok ? 'met' : 'NOT met'}`;
}

/** A Markdown table, as docs/reading.md shows it. */
export function table(title: string, floor: Figure, rows: Row[]): string {
  const lines = [
    `\n${title}`,
    '| measure | median ms | p95 ms | runs (cold) | cold median | × floor median / p95 | target median / p95 |',
    '| --- | ---: | ---: | ---: | ---: | ---: | --- |',
  ];
  for (const row of [{ label: 'floor: bare page, 50 rows from IndexedDB, no Preact', figure: floor }, ...rows]) {
    const { figure: f } = row;
    const ratio = row.figure === floor ? '' : `${times(f.median, floor.median)} / ${times(f.p95, floor.p95)}`;
    lines.push(`| ${row.label} | ${ms(f.median)} | ${ms(f.p95)} | ${f.runs} (${f.cold?.runs ?? 0}) | ${f.cold ? ms(f.cold.median) : ''} | ${ratio} | ${verdict(row)} |`);
  }
  return lines.join('\n');
}
