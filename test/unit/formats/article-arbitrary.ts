/** fast-check generators for stored articles, as the storage layer would hand them to an export. */
import fc from 'fast-check';
import type { Article } from '../../../src/core/article';
import { normalizeTags } from '../../../src/core/tags';

const anyText = fc.string({ unit: 'binary', maxLength: 40 });
const nullableText = fc.option(anyText, { nil: null });
/** Epoch milliseconds from 2001 on: earlier ones would not survive "0 means no date" in seconds columns. */
const time = fc.integer({ min: 1_000_000_000_000, max: 9_000_000_000_000 });
const unit = fc.double({ min: 0, max: 1, noNaN: true }).map((x) => x + 0);

/** What a title looks like after any reader: one line, trimmed, never empty. */
export const cleanTitle = fc
  .string({ unit: 'grapheme', minLength: 1, maxLength: 30 })
  .map((title) => title.replace(/\s+/g, ' ').trim())
  .filter((title) => title.length > 0);

/** Tags as the list keeps them; without "|", which Pocket's CSV uses between tags. */
export const storedTags = fc.array(fc.string({ unit: 'grapheme', maxLength: 12 }), { maxLength: 4 }).map((tags) => normalizeTags(tags.map((tag) => tag.replace(/\|/g, ''))));

export function articleArbitrary(title: fc.Arbitrary<string> = anyText, tags: fc.Arbitrary<string[]> = storedTags): fc.Arbitrary<Article> {
  return fc.record({
    id: fc.uuid(),
    url: fc.webUrl({ validSchemes: ['http', 'https'], withQueryParameters: true }),
    canonicalUrl: fc.webUrl(),
    title,
    byline: nullableText,
    siteName: nullableText,
    excerpt: nullableText,
    lang: fc.option(fc.constantFrom('en', 'fr', 'ar'), { nil: null }),
    dir: fc.option(fc.constantFrom('ltr', 'rtl'), { nil: null }),
    publishedTime: fc.option(time.map((ms) => new Date(ms).toISOString()), { nil: null }),
    modifiedTime: fc.option(time.map((ms) => new Date(ms).toISOString()), { nil: null }),
    savedAt: time,
    updatedAt: time,
    readAt: fc.option(time, { nil: null }),
    status: fc.constantFrom('unread' as const, 'archived' as const),
    favorite: fc.boolean(),
    tags,
    wordCount: fc.nat(100_000),
    readingMinutes: fc.nat(500),
    leadImageUrl: fc.option(fc.webUrl(), { nil: null }),
    faviconUrl: fc.option(fc.webUrl(), { nil: null }),
    progress: unit,
    kind: fc.constantFrom('article' as const, 'link' as const),
    html: anyText,
    text: anyText,
  });
}

export function bytesOf(data: Uint8Array | string): Uint8Array {
  return typeof data === 'string' ? new TextEncoder().encode(data) : data;
}
