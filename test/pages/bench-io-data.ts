/**
 * Data for the I/O benchmark, the same on every run: a reading list with bodies for the
 * exports, and a Pocket CSV export (header title,url,time_added,tags,status) for the import.
 */
import Papa from 'papaparse';
import type { ImportItem } from '../../src/core/formats/types';

const WORDS = (
  'the of and reading list article city river market council school energy water price report study ' +
  'people year week night morning policy science music garden history market street house climate ' +
  'train station bridge border coast island mountain village budget election court health data'
).split(' ');
const TAGS = ['news', 'science', 'long read', 'tech', 'politics', 'culture', 'recipes', 'travel', 'work', 'later'];

function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 4294967296;
  };
}

function writer(seed: number) {
  const random = prng(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const sentence = (n: number) => Array.from({ length: n }, () => pick(WORDS)).join(' ');
  return { random, pick, sentence };
}

const START = Date.UTC(2022, 0, 1);
const SPAN = 3 * 365 * 86_400_000;

/** Articles with bodies of about `textBytes` characters, in paragraphs with some links and emphasis. */
export function makeArticles(count: number, textBytes: number): ImportItem[] {
  const { random, pick, sentence } = writer(7);
  return Array.from({ length: count }, (_, i): ImportItem => {
    const paragraphs: string[] = [];
    for (let size = 0; size < textBytes; ) {
      const text = `${sentence(40)}.`;
      paragraphs.push(text);
      size += text.length;
    }
    const savedAt = START + Math.floor(random() * SPAN);
    return {
      line: i + 1,
      url: `https://site${i % 300}.example/articles/${i}`,
      title: `${sentence(6)} ${i}`,
      tags: random() < 0.3 ? [] : [pick(TAGS), pick(TAGS)],
      status: random() < 0.7 ? 'unread' : 'archived',
      favorite: random() < 0.05,
      savedAt,
      kind: 'article',
      byline: sentence(2),
      siteName: `Site ${i % 300}`,
      excerpt: paragraphs[0]!.slice(0, 200),
      publishedTime: new Date(savedAt - 3_600_000).toISOString(),
      html: paragraphs.map((p, n) => (n % 3 === 1 ? `<h2>${p.slice(0, 40)}</h2><p><em>${p}</em> <a href="https://example.com/${n}">more</a></p>` : `<p>${p}</p>`)).join(''),
      text: paragraphs.join('\n'),
    };
  });
}

/** A Pocket export CSV of `rows` rows, quoted the way Pocket quotes (titles with commas and quotes). */
export function pocketCsv(rows: number): string {
  const { random, pick, sentence } = writer(11);
  const data = Array.from({ length: rows }, (_, i) => ({
    title: i % 10 === 0 ? `"${sentence(3)}", ${sentence(4)}` : `${sentence(7)} ${i}`,
    url: `https://news${i % 500}.example/story/${i}?utm_source=pocket_saves`,
    time_added: Math.floor((START + Math.floor(random() * SPAN)) / 1000),
    tags: random() < 0.4 ? '' : [pick(TAGS), pick(TAGS)].join('|'),
    status: random() < 0.6 ? 'unread' : 'archive',
  }));
  return Papa.unparse(data, { columns: ['title', 'url', 'time_added', 'tags', 'status'] });
}
