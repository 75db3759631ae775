/** Helpers shared by the reading list, reader and hostile-page tests: seeding articles through the background. */
import type { Page } from 'playwright-core';
import type { Clip } from '../../src/core/clip';
import type { RequestOf, RequestType, ResponseMap } from '../../src/protocol';

/** Sends one protocol request from an extension page, as the popup would, and unwraps the reply. */
export async function send<K extends RequestType>(page: Page, request: RequestOf<K>): Promise<ResponseMap[K]> {
  const reply = await page.evaluate((req) => chrome.runtime.sendMessage(req), request as unknown as Record<string, unknown>);
  if (!reply?.ok) throw new Error(`${request.type} failed: ${JSON.stringify(reply?.error)}`);
  return reply.data as ResponseMap[K];
}

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

export async function saveClip(page: Page, clip: Clip, tags: string[] = []) {
  return send(page, { type: 'page.save', tabId: 0, mode: 'article', tags, clip });
}

/** Empties the reading list, so each test starts from a known state. */
export async function clearList(page: Page): Promise<void> {
  await send(page, { type: 'data.deleteAll' });
}

/**
 * The reader's display as the page shows it: run inside the page by either driver's
 * `evaluate` (Playwright for Chromium, Puppeteer for Firefox), so it names nothing outside.
 */
export function readerLook(): { size: string; font: string | undefined; bg: string } {
  return {
    size: getComputedStyle(document.querySelector('.reader-article')!).fontSize,
    font: document.documentElement.dataset.font,
    bg: getComputedStyle(document.body).backgroundColor,
  };
}

/** Text two sizes up, sans-serif, on sepia: what the reader tests choose, then expect on the next article. */
export const LARGER_SANS_SEPIA = { size: '21px', font: 'sans', bg: 'rgb(244, 236, 216)' };
