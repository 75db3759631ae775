/**
 * Each body's Markdown kept ready, deflated, so the Markdown zip neither converts nor
 * compresses it at export. Pages with a DOM convert the body when it is saved (turndown
 * needs one); the background deflates it with cacheMarkdown and stores it beside the body.
 */
import { strToU8 } from 'fflate';
import type { MarkdownCache } from '../article';
import { crc32, crc32Combine } from './crc32';
import { fileTail } from './markdown-zip-files';
import { deflateText, type ZipFile } from './markdown-zip-stream';

/**
 * Bump whenever the Markdown of a body would come out different (turndown's options, the
 * escapes in markdown-text.ts, fileTail): older caches are then ignored and their articles
 * converted at export, as if they had none.
 */
export const MARKDOWN_CACHE_VERSION = 1;

/** The cache of a body whose Markdown is `bodyMarkdown`. */
export function cacheMarkdown(bodyMarkdown: string): MarkdownCache {
  return { v: MARKDOWN_CACHE_VERSION, ...deflateText(fileTail(bodyMarkdown)) };
}

/**
 * The cache to store with a body, when its page sent the body's Markdown along (clips and
 * imports do); none for a body whose HTML is blank, which the zip shows as a link. So a cache
 * stands for its body: the zip reads the cache alone.
 */
export function markdownCacheFor(body: { html?: string | null; markdown?: string }): MarkdownCache | undefined {
  return body.html?.trim() && body.markdown !== undefined ? cacheMarkdown(body.markdown) : undefined;
}

/** The cache when it is of this version (one from older code gives different Markdown), else null. */
export function currentCache(md: MarkdownCache | undefined): MarkdownCache | null {
  return md?.v === MARKDOWN_CACHE_VERSION ? md : null;
}

/** A stored block holds at most this many bytes (LEN is 16 bits). */
const STORED_MAX = 0xffff;

/**
 * Bytes as non-final stored deflate blocks (RFC 1951 3.2.4): each a header byte 0 (BFINAL 0,
 * BTYPE 00), LEN and its complement NLEN as u16le, then the bytes as they are. Stored blocks
 * end byte-aligned, so any complete deflate stream can follow them.
 */
export function storedBlocks(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  const blocks = Math.ceil(bytes.length / STORED_MAX);
  const out = new Uint8Array(bytes.length + 5 * blocks);
  let at = 0;
  for (let start = 0; start < bytes.length; start += STORED_MAX) {
    const piece = bytes.subarray(start, start + STORED_MAX);
    const length = piece.length;
    out.set([0, length & 0xff, length >>> 8, ~length & 0xff, (~length >>> 8) & 0xff], at);
    out.set(piece, at + 5);
    at += 5 + piece.length;
  }
  return out;
}

/**
 * An article's zip entry from its cache: the prefix stored, then the cached stream, which ends
 * the entry (back-references stay inside the body's own bytes). No conversion, no compression.
 */
export function cachedFile(prefix: string, md: MarkdownCache): ZipFile {
  const head = strToU8(prefix);
  return { size: head.length + md.size, crc: crc32Combine(crc32(head), md.crc, md.size), deflated: [storedBlocks(head), md.deflated] };
}
