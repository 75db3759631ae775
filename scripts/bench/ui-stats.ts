/** bench:ui's figures: median and p95 of a series whose cold opens (first after the background was stopped) are marked. */
import { median, p95 } from './median';

export interface Sample {
  ms: number;
  cold: boolean;
}

export interface Figure {
  median: number;
  p95: number;
  runs: number;
  cold: { median: number; runs: number } | null;
  values: Sample[];
}

const round = (v: number) => Math.round(v * 10) / 10;

export function figure(samples: Sample[]): Figure {
  const all = samples.map((s) => s.ms).sort((a, b) => a - b);
  const cold = samples.filter((s) => s.cold).map((s) => s.ms);
  return {
    median: round(median(all)),
    p95: round(p95(all)),
    runs: all.length,
    cold: cold.length ? { median: round(median(cold)), runs: cold.length } : null,
    values: samples.map((s) => ({ ms: round(s.ms), cold: s.cold })),
  };
}
