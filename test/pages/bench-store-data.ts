/**
 * A synthetic reading list for the storage benchmark, the same on every run: words
 * drawn from a 40,000-word vocabulary with Zipf frequencies (as in real text), tags
 * from a skewed set of 60, dates over three years.
 */
import type { ImportItem } from '../../src/core/formats/types';

export const VOCABULARY_SIZE = 40_000;
export const TAGS = 60;

export function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES = ['ka', 'lo', 'mi', 'ren', 'sto', 'vi', 'dar', 'pel', 'qui', 'nor', 'tes', 'ba', 'gri', 'hum', 'fla', 'zo', 'wen', 'cru', 'jo', 'ex', 'un', 'ta', 'mon', 'sel'];

function vocabulary(random: () => number): string[] {
  const words = new Set<string>();
  while (words.size < VOCABULARY_SIZE) {
    const length = 1 + Math.floor(random() * 4);
    let word = '';
    for (let i = 0; i < length; i++) word += SYLLABLES[Math.floor(random() * SYLLABLES.length)];
    words.add(word);
  }
  return [...words];
}

/** Picks ranks 0..n-1 with probability proportional to 1/(rank+1). */
function zipf(n: number, random: () => number): () => number {
  const cumulative = new Float64Array(n);
  let sum = 0;
  for (let r = 0; r < n; r++) cumulative[r] = sum += 1 / (r + 1);
  return () => {
    const target = random() * sum;
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! < target) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

export interface BenchCorpus {
  words: string[];
  tags: string[];
  items: ImportItem[];
  makeText(bytes: number): string;
}

export function makeCorpus(count: number, textBytes: number, seed = 42): BenchCorpus {
  const random = prng(seed);
  const words = vocabulary(random);
  const pickWord = zipf(words.length, random);
  const tags = Array.from({ length: TAGS }, (_, i) => `${words[500 + i]}`);
  const pickTag = zipf(TAGS, random);
  const sentence = (n: number) => Array.from({ length: n }, () => words[pickWord()]).join(' ');
  const makeText = (bytes: number) => {
    const parts: string[] = [];
    let size = 0;
    while (size < bytes) {
      const line = `${sentence(8 + Math.floor(random() * 12))}.`;
      parts.push(line);
      size += line.length + 1;
    }
    return parts.join('\n');
  };
  const start = Date.UTC(2023, 0, 1);
  const items = Array.from({ length: count }, (_, i): ImportItem => {
    const savedAt = start + Math.floor(random() * 3 * 365 * 86_400_000);
    const text = makeText(textBytes);
    return {
      line: i + 1,
      url: `https://site${i % 300}.example/articles/${i}`,
      title: sentence(5 + Math.floor(random() * 6)),
      tags: Array.from({ length: Math.floor(random() * 4) }, () => tags[pickTag()]!),
      status: random() < 0.7 ? 'unread' : 'archived',
      favorite: random() < 0.05,
      savedAt,
      kind: 'article',
      byline: sentence(2),
      siteName: `Site ${i % 300}`,
      publishedTime: random() < 0.9 ? new Date(savedAt - 3_600_000).toISOString() : null,
      html: `<p>${text.replaceAll('\n', '</p><p>')}</p>`,
      text,
    };
  });
  return { words, tags, items, makeText };
}

/** Twenty queries of the kinds people type: words common and rare, pairs, prefixes, typos. */
export function benchQueries(words: string[]): string[] {
  const typo = (word: string) => `${word.slice(0, 3)}${word[3] === 'x' ? 'y' : 'x'}${word.slice(4)}`;
  const long = words.filter((w) => w.length >= 7);
  return [
    ...[120, 450, 900, 1500, 2500, 4000].map((r) => words[r]!),
    ...[12_000, 20_000, 30_000, 39_000].map((r) => words[r]!),
    ...[[200, 800], [300, 3000], [50, 10_000], [1000, 1200]].map(([a, b]) => `${words[a!]} ${words[b!]}`),
    ...[700, 1800, 5000].map((r) => words[r]!.slice(0, 4)),
    ...[100, 400, 2000].map((r) => typo(long[r]!)),
  ];
}
