/** Body documents: the body's hash, its size against the cap, and the document itself. */
import { bodyDocId, MAX_SYNCED_BODY_BYTES, type BodyDoc, type SyncStamp } from './types';

/** 53 bits of cyrb53 over one string, as hex: names a body's content, not a secret. */
function cyrb53(value: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, '0');
}

export interface BodyContent {
  html: string;
  text: string;
}

/** The hash that names this content, with the lengths in it so that a collision needs both to agree. */
export function bodyHash({ html, text }: BodyContent): string {
  return `${cyrb53(`${html}\u0000${text}`)}-${html.length}-${text.length}`;
}

/** UTF-8 bytes of a string, counted without encoding it. */
function utf8Bytes(value: string): number {
  let bytes = 0;
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code < 0xdc00 && i + 1 < value.length) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

export function bodyBytes({ html, text }: BodyContent): number {
  return utf8Bytes(html) + utf8Bytes(text);
}

/** The body's document, or null when it is over MAX_SYNCED_BODY_BYTES and stays on this device. */
export function toBodyDoc(urlKey: string, content: BodyContent, hash: string, stamp: SyncStamp): BodyDoc | null {
  if (bodyBytes(content) > MAX_SYNCED_BODY_BYTES) return null;
  return { _id: bodyDocId(urlKey), type: 'body', html: content.html, text: content.text, hash, stamp };
}
