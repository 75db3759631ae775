/**
 * A saved article as the reader shows it: its facts on top, its sanitized body with its
 * stored images, and an end note, in the article's own language and direction; and the
 * controls to listen to it.
 */
import { useMemo, useRef } from 'preact/hooks';
import type { Article, ArticleMeta } from '../src/core/article';
import { articleLocale } from '../src/core/article-locale';
import { useStoredImages } from '../src/ui/stored-images';
import { ArticleBody } from './ArticleBody';
import { ArticleHeader } from './ArticleHeader';
import { EndNote } from './EndNote';
import { Highlights } from './highlights/Highlights';
import { Listen } from './listen/Listen';
import { useReadingProgress } from './useReadingProgress';

export interface ArticleViewProps {
  article: Article;
  archiveAtEnd: boolean;
  onChanged: (meta: ArticleMeta) => void;
  onStatus: (message: string) => void;
}

/** The article waits for its images (a read from IndexedDB), so it paints once, with them, and lands where the reader left off. */
export function ArticleView(props: ArticleViewProps) {
  const images = useStoredImages(props.article.id);
  return images && <LoadedArticle {...props} images={images} />;
}

function LoadedArticle({ article, archiveAtEnd, onChanged, onStatus, images }: ArticleViewProps & { images: ReadonlyMap<string, string> }) {
  const { archivedAtEnd, keepUnread } = useReadingProgress(article, archiveAtEnd, onChanged, onStatus);
  const { lang, dir } = useMemo(() => articleLocale(article), [article.lang, article.dir, article.text]);
  const root = useRef<HTMLElement>(null);
  return (
    <>
      <article ref={root} class="reader-article" lang={lang ?? undefined} dir={dir}>
        <ArticleHeader article={article} />
        <ArticleBody html={article.html} images={images} />
        <EndNote article={article} archivedAtEnd={archivedAtEnd} onKeepUnread={keepUnread} />
      </article>
      <Listen id={article.id} lang={lang} article={root} />
      <Highlights articleId={article.id} onStatus={onStatus} />
    </>
  );
}
