/** An item saved as a bare link: open the original, or fetch and keep its text now. */
import { useState } from 'preact/hooks';
import { t } from '../src/platform/browser';
import type { ArticleMeta } from '../src/core/article';
import { request } from '../src/ui/client';
import { ArticleHeader } from './ArticleHeader';
import { askForSite, FetchArticleError, type FetchFailure } from './siteAccess';

type Step = { state: 'idle' } | { state: 'working' } | { state: 'failed'; message: string };

const FAILURES: Record<FetchFailure, string> = {
  denied: 'readerFetchDenied',
  network: 'readerFetchNetwork',
  http: 'readerFetchHttp',
  'not-html': 'readerFetchNotHtml',
  'no-article': 'readerFetchNoArticle',
};

function failureMessage(error: unknown): string {
  if (error instanceof FetchArticleError) return t(FAILURES[error.reason], error.message);
  return t('readerFetchNetwork', (error as Error).message);
}

export function LinkOnly({ article, onFetched }: { article: ArticleMeta; onFetched: () => void }) {
  const [step, setStep] = useState<Step>({ state: 'idle' });
  const fetchNow = () => {
    setStep({ state: 'working' });
    askForSite(article.url)
      .then(async (granted) => {
        if (!granted) throw new FetchArticleError('denied', '');
        const { fetchAndExtract } = await import('./fetchArticle');
        const clip = await fetchAndExtract(article.url);
        await request({ type: 'articles.replaceContent', id: article.id, clip });
        onFetched();
      })
      .catch((error: unknown) => setStep({ state: 'failed', message: failureMessage(error) }));
  };
  return (
    <article class="reader-article">
      <ArticleHeader article={article} />
      <div class="link-only">
        <p>{t('readerLinkOnly')}</p>
        <div class="link-only-actions">
          <a class="reader-button primary" href={article.url} target="_blank" rel="noopener noreferrer">{t('readerOpenOriginal')}</a>
          <button type="button" class="reader-button" disabled={step.state === 'working'} onClick={fetchNow}>
            {step.state === 'working' ? t('readerFetching') : t('readerFetchNow')}
          </button>
        </div>
        <p class="link-only-hint">{t('readerFetchHint')}</p>
        <div role="status" aria-live="polite">
          {step.state === 'failed' && <p class="link-only-error">{step.message}</p>}
        </div>
      </div>
    </article>
  );
}
