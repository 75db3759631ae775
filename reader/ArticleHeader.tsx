/** Where the article comes from: site, title, byline, dates, reading time and the original. */
import { t } from '../src/platform/browser';
import type { ArticleMeta } from '../src/core/article';
import { Favicon } from '../src/ui/components/Favicon';
import { formatDate, readingTime, siteOf } from '../src/ui/format';

export function ArticleHeader({ article }: { article: ArticleMeta }) {
  const site = siteOf(article);
  const published = formatDate(article.publishedTime);
  const minutes = readingTime(article.readingMinutes);
  return (
    <header class="reader-header">
      <p class="reader-site">
        <Favicon src={article.faviconUrl} site={site} />
        <bdi>{site}</bdi>
      </p>
      <h1 class="reader-title" dir="auto">{article.title}</h1>
      {article.byline && <p class="reader-byline" dir="auto">{article.byline}</p>}
      <p class="reader-facts">
        {published && <span>{t('readerPublished', published)}</span>}
        <span>{t('readerSaved', formatDate(article.savedAt) ?? '')}</span>
        {minutes && <span>{minutes}</span>}
        <a class="reader-original" href={article.url} target="_blank" rel="noopener noreferrer">
          {t('readerOriginal')}
        </a>
      </p>
    </header>
  );
}
