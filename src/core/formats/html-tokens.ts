/**
 * A small HTML tag scanner for bookmark-style files (Netscape, Pocket's HTML export).
 * Core code has no DOM in Node or the service worker, and these files are flat lists of
 * tags, so a scanner is enough. A file cut off inside a tag or comment is fatal.
 */
import { fatal } from './problems';

export type HtmlToken =
  | { kind: 'open'; name: string; attrs: Map<string, string>; line: number }
  | { kind: 'close'; name: string; line: number }
  | { kind: 'text'; text: string; line: number };

const TOKEN =
  /<!--[\s\S]*?-->|<![^>]*>|<(\/?)([a-zA-Z][\w:-]*)((?:\s+[^\s=>/]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?)*)\s*\/?>|[^<]+|</g;
const ATTR = /([^\s=>/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g;

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, code: string) => {
    if (code[0] !== '#') return NAMED[code.toLowerCase()] ?? whole;
    const point = code[1] === 'x' || code[1] === 'X' ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10);
    return point > 0 && point <= 0x10ffff ? String.fromCodePoint(point) : whole;
  });
}

function parseAttrs(source: string): Map<string, string> {
  const attrs = new Map<string, string>();
  for (const match of source.matchAll(ATTR)) {
    const [, name, double, single, bare] = match;
    if (name) attrs.set(name.toLowerCase(), decodeEntities(double ?? single ?? bare ?? ''));
  }
  return attrs;
}

export function tokenizeHtml(html: string): HtmlToken[] {
  const tokens: HtmlToken[] = [];
  let line = 1;
  let counted = 0;
  for (const match of html.matchAll(TOKEN)) {
    const at = match.index;
    for (let i = html.indexOf('\n', counted); i !== -1 && i < at; i = html.indexOf('\n', i + 1)) line++;
    counted = at;
    const [whole, slash, name, attrs] = match;
    if (name) {
      const lower = name.toLowerCase();
      tokens.push(slash ? { kind: 'close', name: lower, line } : { kind: 'open', name: lower, attrs: parseAttrs(attrs ?? ''), line });
    } else if (whole === '<') {
      if (/^[a-zA-Z/!]/.test(html.charAt(at + 1))) fatal(`the file ends inside a tag that starts on line ${line}: it is cut off`, { line });
      tokens.push({ kind: 'text', text: '<', line });
    } else if (whole[0] !== '<') {
      tokens.push({ kind: 'text', text: decodeEntities(whole), line });
    }
  }
  return tokens;
}

/** The text up to the closing tag of `name`, and the index after it; null when the file ends first. */
export function textUntilClose(tokens: readonly HtmlToken[], from: number, name: string): { text: string; next: number } | null {
  let text = '';
  for (let i = from; i < tokens.length; i++) {
    const token = tokens[i] as HtmlToken;
    if (token.kind === 'close' && token.name === name) return { text: text.replace(/\s+/g, ' ').trim(), next: i + 1 };
    if (token.kind === 'text') text += token.text;
  }
  return null;
}
