/** Below the last line: says when reaching the end archived the article, with a way to keep it unread. */
import { t } from '../src/platform/browser';
import type { ArticleMeta } from '../src/core/article';

export function EndNote({ article, archivedAtEnd, onKeepUnread }: { article: ArticleMeta; archivedAtEnd: boolean; onKeepUnread: () => void }) {
  return (
    <footer class="reader-end">
      {archivedAtEnd && article.status === 'archived' ? (
        <p>
          {t('readerArchivedAtEnd')}{' '}
          <button type="button" class="reader-button" onClick={onKeepUnread}>{t('readerKeepUnread')}</button>
        </p>
      ) : (
        <p class="reader-end-mark" aria-hidden="true">◆</p>
      )}
      <p>
        <a href={article.url} target="_blank" rel="noopener noreferrer">{t('readerOriginal')}</a>
      </p>
    </footer>
  );
}
