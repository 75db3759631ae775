/** Where the article comes from: site, title, byline, dates, reading time and the original. */
import { t } from '../src/platform/browser';
import type { ArticleMeta } from '../src/core/article';
import { Favicon } from '../popup/list/Favicon';
import { formatDate, readingTime, siteOf } from '../popup/list/format';

function publishedDate(meta: ArticleMeta): string | null {
  const time = meta.publishedTime ? Date.parse(meta.publishedTime) : NaN;
  return Number.isFinite(time) ? formatDate(time) : null;
}

export function ArticleHeader({ article }: { article: ArticleMeta }) {
  const site = siteOf(article);
  const published = publishedDate(article);
  const minutes = readingTime(article);
  return (
    <header class="reader-header">
      <p class="reader-site">
        <Favicon src={article.faviconUrl} site={site} />
        <span>{site}</span>
      </p>
      <h1 class="reader-title">{article.title}</h1>
      {article.byline && <p class="reader-byline">{article.byline}</p>}
      <p class="reader-facts">
        {published && <span>{t('readerPublished', published)}</span>}
        <span>{t('readerSaved', formatDate(article.savedAt))}</span>
        {minutes && <span>{minutes}</span>}
        <a class="reader-original" href={article.url} target="_blank" rel="noopener noreferrer">
          {t('readerOriginal')}
        </a>
      </p>
    </header>
  );
}
