/** The bar above the article: archive, favorite, and the display settings. */
import { useState } from 'preact/hooks';
import { t } from '../src/platform/browser';
import type { ArticleMeta } from '../src/core/article';
import { request } from '../src/ui/client';
import { DisplayControls } from './DisplayControls';
import type { useReaderSettings } from './useReaderSettings';

export interface ReaderBarProps {
  article: ArticleMeta | null;
  reader: ReturnType<typeof useReaderSettings>;
  onChanged: (meta: ArticleMeta) => void;
  onStatus: (message: string) => void;
}

export function ReaderBar({ article, reader, onChanged, onStatus }: ReaderBarProps) {
  const [open, setOpen] = useState(false);
  const act = async (change: () => Promise<ArticleMeta>, done: string) => {
    try {
      onChanged(await change());
      onStatus(done);
    } catch (error) {
      onStatus(t('readerActionFailed', (error as Error).message));
    }
  };
  const archived = article?.status === 'archived';
  return (
    <header class="reader-bar">
      <a class="skip-link" href="#main">{t('readerSkip')}</a>
      <span class="reader-brand">{t('extName')}</span>
      {article && (
        <>
          <button
            type="button"
            class="reader-button"
            onClick={() =>
              act(
                () => request({ type: 'articles.setStatus', id: article.id, status: archived ? 'unread' : 'archived' }),
                t(archived ? 'readerUnarchived' : 'readerArchived'),
              )
            }
          >
            {t(archived ? 'readerUnarchive' : 'readerArchive')}
          </button>
          <button
            type="button"
            class="reader-button"
            aria-pressed={article.favorite}
            onClick={() =>
              act(() => request({ type: 'articles.setFavorite', id: article.id, favorite: !article.favorite }), t(article.favorite ? 'readerUnfavorited' : 'readerFavorited'))
            }
          >
            {article.favorite ? '★ ' : '☆ '}
            {t('readerFavorite')}
          </button>
        </>
      )}
      <button type="button" class="reader-button display-toggle" aria-expanded={open} aria-controls="display-controls" onClick={() => setOpen(!open)}>
        {t('readerDisplay')}
      </button>
      {open && <DisplayControls settings={reader.settings} onChange={reader.change} onClose={() => setOpen(false)} />}
    </header>
  );
}
