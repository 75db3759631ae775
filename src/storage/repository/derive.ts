/** Fields the repository fills in when a clip or an imported item lacks them. */

const WORDS_PER_MINUTE = 230;

/** The code points JavaScript's \s matches. */
function isSpace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 ||
    code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
  );
}

/** Words are runs of non-space, as text.split(/\s+/) finds them; counted without building the array. */
export function countWords(text: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const space = isSpace(text.charCodeAt(i));
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words;
}

export function readingMinutesFor(wordCount: number): number {
  return wordCount > 0 ? Math.max(1, Math.round(wordCount / WORDS_PER_MINUTE)) : 0;
}

/** What to call a page that has no title: its address without the scheme. */
export function fallbackTitle(url: string): string {
  try {
    const { hostname, pathname } = new URL(url);
    return `${hostname}${pathname === '/' ? '' : pathname}`;
  } catch {
    return url;
  }
}
