/**
 * A likely language for a text that declares none, from the script of its letters, where
 * one script points to one language (kana to Japanese, Hangul to Korean…); null otherwise.
 */
const SCRIPTS: [RegExp, string][] = [
  [/[\p{Script=Hiragana}\p{Script=Katakana}]/u, 'ja'],
  [/\p{Script=Hangul}/u, 'ko'],
  [/\p{Script=Han}/u, 'zh'],
  [/\p{Script=Arabic}/u, 'ar'],
  [/\p{Script=Hebrew}/u, 'he'],
  [/\p{Script=Thai}/u, 'th'],
  [/\p{Script=Greek}/u, 'el'],
  [/\p{Script=Devanagari}/u, 'hi'],
];
const LETTER = /\p{L}/u;

export function guessLanguage(text: string, sample = 2000): string | null {
  const counts = new Map<string, number>();
  let letters = 0;
  for (const char of text.slice(0, sample)) {
    if (!LETTER.test(char)) continue;
    letters++;
    const lang = SCRIPTS.find(([script]) => script.test(char))?.[1];
    if (lang) counts.set(lang, (counts.get(lang) ?? 0) + 1);
  }
  // Japanese mixes kana with kanji: any real share of kana makes Han text Japanese.
  const kana = counts.get('ja') ?? 0;
  if (kana > 0 && kana * 10 >= letters) return 'ja';
  const [best, count] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? [null, 0];
  return best && count * 2 > letters ? best : null;
}
