/**
 * Which way a text runs: from the direction or language it declares, or else from the
 * script most of its letters are written in.
 */
export type Direction = 'ltr' | 'rtl';

/** Letters of the scripts written right to left: Arabic, Hebrew, Syriac, Thaana, N'Ko, Samaritan, Mandaic, Adlam, Hanifi Rohingya, Yezidi… */
const RTL_LETTER =
  /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}\p{Script=Samaritan}\p{Script=Mandaic}\p{Script=Adlam}\p{Script=Hanifi_Rohingya}\p{Script=Yezidi}\p{Script=Mende_Kikakui}\p{Script=Old_South_Arabian}\p{Script=Imperial_Aramaic}\p{Script=Phoenician}]/u;
const LETTER = /[\p{L}]/u;

/** Languages written right to left by default (ISO 639), unless a script subtag says otherwise. */
const RTL_LANGUAGES = new Set(['ar', 'arc', 'ckb', 'dv', 'fa', 'he', 'iw', 'ks', 'nqo', 'prs', 'ps', 'sd', 'syr', 'ug', 'ur', 'yi']);
const RTL_SCRIPTS = new Set(['arab', 'hebr', 'syrc', 'thaa', 'nkoo', 'adlm', 'rohg', 'samr', 'mand']);

/** "ar_EG" or "AR-eg" as BCP 47 ("ar-EG"); null for what is not a language tag. */
export function normalizeLang(lang: string | null | undefined): string | null {
  const tag = lang?.trim().replace(/_/g, '-');
  if (!tag || !/^[a-z]{2,3}(-[a-z0-9]{1,8})*$/i.test(tag)) return null;
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? null;
  } catch {
    return null;
  }
}

/** rtl for Arabic, Hebrew, Persian, Urdu… and any tag with a right-to-left script (az-Arab); null when the tag says nothing. */
export function languageDirection(lang: string | null | undefined): Direction | null {
  const tag = normalizeLang(lang)?.toLowerCase();
  if (!tag) return null;
  const [language, ...rest] = tag.split('-');
  const script = rest.find((part) => part.length === 4);
  if (script) return RTL_SCRIPTS.has(script) ? 'rtl' : 'ltr';
  return RTL_LANGUAGES.has(language!) ? 'rtl' : 'ltr';
}

/** The direction of most of the letters among the first `sample` characters; null when there are none. */
export function textDirection(text: string, sample = 4000): Direction | null {
  let rtl = 0;
  let letters = 0;
  for (const char of text.slice(0, sample)) {
    if (!LETTER.test(char)) continue;
    letters++;
    if (RTL_LETTER.test(char)) rtl++;
  }
  if (letters === 0) return null;
  return rtl * 2 > letters ? 'rtl' : 'ltr';
}

/**
 * An article's direction: its declared dir, then a right-to-left language, then its text's
 * script (a page may say lang="en" over Arabic text, never the other way round), else ltr.
 */
export function articleDirection(article: { dir: string | null; lang: string | null; text: string }): Direction {
  if (article.dir === 'rtl' || article.dir === 'ltr') return article.dir;
  if (languageDirection(article.lang) === 'rtl') return 'rtl';
  return textDirection(article.text) ?? 'ltr';
}
