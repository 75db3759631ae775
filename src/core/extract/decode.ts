/** Decoding page bytes the way a browser does: BOM, then a meta charset, then sniffing. */

const PRESCAN_BYTES = 4096;

function bomEncoding(bytes: Uint8Array): { label: string; skip: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { label: 'utf-8', skip: 3 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { label: 'utf-16be', skip: 2 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { label: 'utf-16le', skip: 2 };
  return null;
}

/** The charset a <meta charset> or http-equiv Content-Type declares near the start, if the platform knows it. */
function metaCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('windows-1252').decode(bytes.subarray(0, PRESCAN_BYTES));
  const declared =
    /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head)?.[1] ??
    /<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)/i.exec(head)?.[1];
  if (!declared) return null;
  // A page that says UTF-16 in ASCII-compatible bytes is not UTF-16; browsers read it as UTF-8.
  if (/^utf-?16/i.test(declared)) return 'utf-8';
  try {
    return new TextDecoder(declared).encoding;
  } catch {
    return null;
  }
}

function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/**
 * What windows-1252 puts at 0x80-0x9F. Node's TextDecoder (small-icu builds) decodes
 * that label as ISO-8859-1 and yields C1 controls there; browsers give these characters.
 */
const WINDOWS_1252_HIGH = '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

function decode(label: string, bytes: Uint8Array): string {
  const text = new TextDecoder(label).decode(bytes);
  if (new TextDecoder(label).encoding !== 'windows-1252') return text;
  return text.replace(/[\u0080-\u009f]/g, (c) => WINDOWS_1252_HIGH[c.charCodeAt(0) - 0x80] ?? c);
}

export function decodeHtmlBytes(bytes: Uint8Array): string {
  const bom = bomEncoding(bytes);
  if (bom) return new TextDecoder(bom.label).decode(bytes.subarray(bom.skip));
  const declared = metaCharset(bytes);
  if (declared) return decode(declared, bytes);
  return decode(isValidUtf8(bytes) ? 'utf-8' : 'windows-1252', bytes);
}
