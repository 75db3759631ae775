/**
 * What the language and listening tests share in both browsers: articles in Arabic and
 * Japanese, the built translations, and functions run inside a page by either driver's
 * `evaluate` (so they name nothing outside themselves).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Clip } from '../../src/core/clip';
import { ROOT } from './paths';
import { sampleClip } from './reading';

const ARABIC = ['يعود قطار الليل إلى المدينة بعد غياب طويل.', 'ينتظر الركاب على الرصيف منذ الصباح.', 'هل سيصل في موعده؟'];
const JAPANESE = ['夜行列車が長い休止の後に戻ってきた。', '乗客は朝からホームで待っている。', '時間通りに着くだろうか？'];

const paragraphsOf = (sentences: string[]) => sentences.map((s) => `<p>${s}</p>`).join('');

/** An Arabic article; `declared` false leaves out its lang and dir, as many pages do. */
export function arabicClip(n: number, declared = true): Clip {
  return sampleClip(n, { title: 'قطار الليل يعود (BBC)', byline: 'مراسل', lang: declared ? 'ar' : null, dir: declared ? 'rtl' : null, html: paragraphsOf(ARABIC), text: ARABIC.join(' ') });
}

export function japaneseClip(n: number): Clip {
  return sampleClip(n, { title: '夜行列車の静かな復活', lang: 'ja', dir: null, html: paragraphsOf(JAPANESE), text: JAPANESE.join('') });
}

/** An English article: by default a title and four sentences in two paragraphs, one sentence across an inline element and a link. */
export function englishClip(
  n: number,
  html = '<p>The train left at <em>nine</em>. Nobody waved.</p><p>It reached <a href="https://coast.example/">the coast</a> by dawn. The sea was grey.</p>',
): Clip {
  return sampleClip(n, { title: 'The night train', html, text: html.replace(/<[^>]+>/g, ' ') });
}

/** The messages a build shows in one UI language; fails in one line when that translation is missing. */
export function builtMessages(build: string, lang: string): Record<string, string> {
  const file = path.join(ROOT, build, '_locales', lang, 'messages.json');
  let messages: Record<string, { message: string }>;
  try {
    messages = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    throw new Error(`No ${lang} translation in ${build}: add _locales/${lang}/ and run 'npm run build'.`);
  }
  return Object.fromEntries(Object.entries(messages).map(([key, value]) => [key, value.message]));
}

/** The page's language and direction, as set on <html> and as laid out. */
export function pageLocale(): { lang: string; dir: string; direction: string } {
  return { lang: document.documentElement.lang, dir: document.documentElement.dir, direction: getComputedStyle(document.body).direction };
}

/** The shown article's lang and dir attributes and the direction its body is laid out in. */
export function articleLocaleShown(): { lang: string | null; dir: string | null; direction: string } {
  const article = document.querySelector('.reader-article')!;
  return { lang: article.getAttribute('lang'), dir: article.getAttribute('dir'), direction: getComputedStyle(article.querySelector('.reader-body')!).direction };
}

/** Which side of the reader bar the brand sits on: the start side, mirrored in right-to-left. */
export function brandSide(): 'left' | 'right' {
  const brand = document.querySelector('.reader-brand')!.getBoundingClientRect();
  return brand.left < window.innerWidth / 2 ? 'left' : 'right';
}

/** The names of the page's labelled groups (role=group, aria-labelledby), as a screen reader announces them. */
export function groupNames(): string[] {
  return [...document.querySelectorAll('[role=group][aria-labelledby]')].map((group) =>
    group.getAttribute('aria-labelledby')!.split(' ').map((id) => document.getElementById(id)?.textContent?.trim() ?? '').join(' '),
  );
}
