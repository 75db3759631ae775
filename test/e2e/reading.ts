/** Articles to seed the reading list with, and how the reader looks: shared by the scenarios, the benchmarks and the screenshots. */
import type { Clip } from '../../src/core/clip';

export function paragraphs(words: number, seed = 'reading'): string {
  const out: string[] = [];
  for (let i = 0; i < words; i += 60) {
    const count = Math.min(60, words - i);
    out.push(Array.from({ length: count }, (_, j) => `${seed}${(i + j) % 97}`).join(' '));
  }
  return out.map((p) => `<p>${p}.</p>`).join('\n');
}

export function sampleClip(n: number, overrides: Partial<Clip> = {}): Clip {
  const html = overrides.html ?? `<h2>Part ${n}</h2>${paragraphs(300, `w${n}x`)}`;
  const text = html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim();
  return {
    url: `https://news${n % 3}.example/story-${n}`,
    canonicalUrl: `https://news${n % 3}.example/story-${n}`,
    title: `Story number ${n}`,
    byline: `Writer ${n}`,
    siteName: `News ${n % 3}`,
    excerpt: `Excerpt ${n}`,
    lang: 'en',
    dir: 'ltr',
    publishedTime: new Date(Date.UTC(2026, 0, 1 + n)).toISOString(),
    modifiedTime: null,
    leadImageUrl: null,
    faviconUrl: null,
    wordCount: text.split(' ').length,
    readingMinutes: Math.max(1, Math.round(text.split(' ').length / 230)),
    suggestedTags: [],
    html,
    text,
    ...overrides,
  };
}

/** The reader's display as the page shows it: run inside the page by `evaluate`, so it names nothing outside. */
export function readerLook(): { size: string; font: string | undefined; bg: string } {
  return {
    size: getComputedStyle(document.querySelector('.reader-article')!).fontSize,
    font: document.documentElement.dataset.font,
    bg: getComputedStyle(document.body).backgroundColor,
  };
}

/** Text two sizes up, sans-serif, on sepia: what the reader tests choose, then expect on the next article. */
export const LARGER_SANS_SEPIA = { size: '21px', font: 'sans', bg: 'rgb(244, 236, 216)' };
