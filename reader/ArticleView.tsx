/** A saved article as the reader shows it: its facts on top, its sanitized body, and an end note. */
import type { Article, ArticleMeta } from '../src/core/article';
import { ArticleBody } from './ArticleBody';
import { ArticleHeader } from './ArticleHeader';
import { EndNote } from './EndNote';
import { useReadingProgress } from './useReadingProgress';

export interface ArticleViewProps {
  article: Article;
  archiveAtEnd: boolean;
  onChanged: (meta: ArticleMeta) => void;
  onStatus: (message: string) => void;
}

export function ArticleView({ article, archiveAtEnd, onChanged, onStatus }: ArticleViewProps) {
  const { archivedAtEnd, keepUnread } = useReadingProgress(article, archiveAtEnd, onChanged, onStatus);
  return (
    <article class="reader-article" lang={article.lang ?? undefined} dir={(article.dir as 'ltr' | 'rtl' | 'auto' | null) ?? undefined}>
      <ArticleHeader article={article} />
      <ArticleBody html={article.html} />
      <EndNote article={article} archivedAtEnd={archivedAtEnd} onKeepUnread={keepUnread} />
    </article>
  );
}
