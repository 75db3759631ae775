/** The language and direction an article is shown and read aloud in. */
import { articleDirection, normalizeLang, type Direction } from './direction';
import { guessLanguage } from './script-language';

export interface ArticleLocale {
  /** BCP 47, or null when neither the page nor the script tells. */
  lang: string | null;
  dir: Direction;
}

export function articleLocale(article: { dir: string | null; lang: string | null; text: string }): ArticleLocale {
  return { lang: normalizeLang(article.lang) ?? guessLanguage(article.text), dir: articleDirection(article) };
}
