import { crc32 as zlibCrc32 } from 'node:zlib';
import fc from 'fast-check';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../../src/core/article';
import { exportFile, exportFileWithProgress } from '../../../src/core/formats';
import { crc32, crc32Combine } from '../../../src/core/formats/crc32';
import { bodiesToMarkdown } from '../../../src/core/formats/markdown-bodies';
import { cacheMarkdown, MARKDOWN_CACHE_VERSION, markdownCacheFor } from '../../../src/core/formats/markdown-cache';
import { articleArbitrary, cleanTitle } from './article-arbitrary';
import { NOW } from './fixtures';
import { article } from './sample-article';

const now = new Date(NOW);

/**
 * The article as the Markdown zip reads it after an import or a clip stored it: its body's
 * Markdown cached, standing for the body, which is not read.
 */
function cached(a: Article): Article {
  const md = markdownCacheFor({ html: a.html, markdown: bodiesToMarkdown([a.html])[0]! });
  return md ? { ...a, md, html: '', text: '' } : a;
}

/** Name, CRC and size of each entry from the zip's central directory, where unzippers check them. */
function centralDirectory(zip: Uint8Array): { name: string; crc: number; size: number }[] {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const end = zip.length - 22;
  const entries = [];
  let at = view.getUint32(end + 16, true);
  for (let n = view.getUint16(end + 10, true); n > 0; n--) {
    const nameLength = view.getUint16(at + 28, true);
    const name = new TextDecoder().decode(zip.subarray(at + 46, at + 46 + nameLength));
    entries.push({ name, crc: view.getUint32(at + 16, true), size: view.getUint32(at + 24, true) });
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return entries;
}

/** Every file of the zip, in order, with its bytes, after checking its CRC and size against them. */
function unzipChecked(zip: Uint8Array): [string, Uint8Array][] {
  const files = unzipSync(zip);
  return centralDirectory(zip).map(({ name, crc, size }) => {
    const data = files[name]!;
    expect({ name, crc, size }).toEqual({ name, crc: zlibCrc32(data), size: data.length });
    return [name, data];
  });
}

const zipOf = (articles: readonly Article[]) => exportFile(articles, 'markdown-zip', now).data as Uint8Array;

const specials = fc.constantFrom('*', '_', '`', '#', '[', ']', '\\', '<', '>', '|', '-', '1. ', '---', '"', ':', 'é', '中', '👩‍💻', '\u0301');
const markdownyTitle = fc.oneof(cleanTitle, fc.array(fc.oneof(specials, cleanTitle), { minLength: 1, maxLength: 8 }).map((parts) => parts.join('')));
const paragraph = fc.oneof(fc.string({ unit: 'grapheme', maxLength: 30 }), specials);
const body = fc.oneof(
  { weight: 4, arbitrary: fc.array(paragraph, { maxLength: 6 }).map((ps) => ps.map((p) => `<p>${p}</p>`).join('')) },
  { weight: 1, arbitrary: fc.constantFrom('', '  \n ', '<p></p>') },
  // Over 64 KB: a cached stream of several deflate blocks.
  { weight: 1, arbitrary: fc.nat(9).map((n) => `<h2>Long ${n}</h2>${'<p>A sentence of the long read, with <em>some</em> words.</p>'.repeat(1300 + n)}`) },
);
/** Bylines now and then over 65,535 bytes, so the front matter takes more than one stored block. */
const byline = fc.oneof({ weight: 5, arbitrary: fc.option(fc.string({ maxLength: 20 }), { nil: null }) }, { weight: 1, arbitrary: fc.nat(3).map((n) => 'é'.repeat(33_000 + n)) });

const articles = fc.array(
  fc.tuple(articleArbitrary(markdownyTitle), body, byline).map(([a, html, by]) => ({ ...a, html, byline: by })),
  { minLength: 1, maxLength: 5 },
);

describe('the Markdown zip from cached Markdown', () => {
  it('unzips to exactly the files, names, bytes and checksums of the zip written by converting', () => {
    fc.assert(
      fc.property(articles, (list) => {
        expect(unzipChecked(zipOf(list.map(cached)))).toEqual(unzipChecked(zipOf(list)));
      }),
      { numRuns: 25 },
    );
  });

  it('is the same written in batches as the page writes it, with cached and uncached articles mixed', async () => {
    const list = Array.from({ length: 230 }, (_, i) => article({ id: `a${i}`, title: `Story ${i % 7}`, html: `<p>Body <strong>${i}</strong></p>` }));
    const mixed = list.map((a, i) => (i % 3 ? cached(a) : a));
    const zip = await exportFileWithProgress(mixed, 'markdown-zip', now);
    expect(unzipChecked(zip.data as Uint8Array)).toEqual(unzipChecked(zipOf(list)));
  });

  it('ignores a cache of another version and converts the body instead', () => {
    const story = article({ html: '<p>What the body says <em>now</em>.</p>' });
    const stale = { ...story, md: { ...cacheMarkdown('What an older turndown said.'), v: MARKDOWN_CACHE_VERSION - 1 } };
    expect(unzipChecked(zipOf([stale]))).toEqual(unzipChecked(zipOf([story])));
  });

  it('is made only for a body with HTML, which a blank body lacks: the zip shows that one as a link', () => {
    expect(markdownCacheFor({ html: ' \n', markdown: 'A body no longer there.' })).toBeUndefined();
    expect(markdownCacheFor({ html: '<p>Here</p>' })).toBeUndefined();
    expect(markdownCacheFor({ html: '<p>Here</p>', markdown: 'Here' })).toMatchObject({ v: MARKDOWN_CACHE_VERSION });
  });
});

describe('CRC-32', () => {
  it('is the zip checksum', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 3000 }), (bytes) => crc32(bytes) === zlibCrc32(bytes)));
  });

  it('of two byte strings combined is the checksum of the one after the other', () => {
    const join = (a: Uint8Array, b: Uint8Array) => new Uint8Array([...a, ...b]);
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), fc.uint8Array({ maxLength: 3000 }), (a, b) => {
        expect(crc32Combine(crc32(a), zlibCrc32(b), b.length)).toBe(zlibCrc32(join(a, b)));
      }),
    );
    const big = new Uint8Array(200_000).map((_, i) => (i * 7919) % 251);
    expect(crc32Combine(crc32(big), crc32(big), big.length)).toBe(zlibCrc32(join(big, big)));
  });
});
