/** The reader page: one saved article by id, read offline from the reading list. */
import { useCallback, useLayoutEffect, useState } from 'preact/hooks';
import { t } from '../src/platform/browser';
import type { Article, ArticleMeta } from '../src/core/article';
import { request } from '../src/ui/client';
import { ArticleView } from './ArticleView';
import { takeEarlyArticle } from './earlyArticle';
import { LinkOnly } from './LinkOnly';
import { ReaderBar } from './ReaderBar';
import { useReaderSettings } from './useReaderSettings';

type Loaded =
  | { state: 'loading' }
  | { state: 'missing' }
  | { state: 'failed'; message: string }
  | { state: 'ready'; article: Article };

export function ReaderApp({ id }: { id: string | null }) {
  const [loaded, setLoaded] = useState<Loaded>({ state: 'loading' });
  const [status, setStatus] = useState('');
  const reader = useReaderSettings();

  const load = useCallback(async () => {
    if (!id) return setLoaded({ state: 'missing' });
    try {
      const article = await (takeEarlyArticle(id) ?? request({ type: 'articles.get', id }));
      setLoaded(article ? { state: 'ready', article } : { state: 'missing' });
      if (article) document.title = article.title;
    } catch (error) {
      setLoaded({ state: 'failed', message: (error as Error).message });
    }
  }, [id]);
  // Before the first paint, not after it: the article is all this page is for.
  useLayoutEffect(() => void load(), [load]);

  const changed = useCallback((meta: ArticleMeta) => {
    setLoaded((current) => (current.state === 'ready' ? { state: 'ready', article: { ...current.article, ...meta } } : current));
  }, []);

  const article = loaded.state === 'ready' ? loaded.article : null;
  return (
    <>
      <ReaderBar article={article} reader={reader} onChanged={changed} onStatus={setStatus} />
      <main id="main" class="reader-main">
        {loaded.state === 'loading' && <p class="reader-note">{t('readerLoading')}</p>}
        {loaded.state === 'missing' && <Missing />}
        {loaded.state === 'failed' && <Failed message={loaded.message} onRetry={load} />}
        {article && article.kind === 'link' && <LinkOnly article={article} onFetched={load} />}
        {article && article.kind !== 'link' && (
          <ArticleView article={article} archiveAtEnd={reader.loaded && reader.settings.archiveAtEnd} onChanged={changed} onStatus={setStatus} />
        )}
      </main>
      <div class="visually-hidden" role="status" aria-live="polite">{status}</div>
    </>
  );
}

function Missing() {
  return (
    <div class="reader-note">
      <h1>{t('readerMissingTitle')}</h1>
      <p>{t('readerMissingHint')}</p>
    </div>
  );
}

function Failed({ message, onRetry }: { message: string; onRetry: () => void }) {
  return (
    <div class="reader-note" role="alert">
      <h1>{t('readerFailedTitle')}</h1>
      <p>{message}</p>
      <button type="button" class="reader-button" onClick={onRetry}>{t('readerRetry')}</button>
    </div>
  );
}
