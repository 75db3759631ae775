/** What the popup can do to a saved article, each with a status line for screen readers and a clear failure. */
import { useState } from 'preact/hooks';
import { t } from '../../src/platform/browser';
import { request } from '../../src/ui/client';
import type { ArticleMeta } from '../../src/core/article';

export function useArticleActions(article: ArticleMeta, onChange: (article: ArticleMeta) => void, onRemoved: (undoToken: string) => void) {
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const run = async (work: () => Promise<unknown>, done: string) => {
    setBusy(true);
    try {
      await work();
      setStatus(done);
    } catch (error) {
      setStatus(t('clipActionFailed', (error as Error).message));
    } finally {
      setBusy(false);
    }
  };
  const id = article.id;
  return {
    status,
    setStatus,
    busy,
    setTags: (tags: string[]) =>
      run(async () => onChange(await request({ type: 'articles.setTags', id, tags })), t('clipTagsSaved')),
    toggleArchive: () => {
      const status = article.status === 'archived' ? 'unread' : 'archived';
      return run(
        async () => onChange(await request({ type: 'articles.setStatus', id, status })),
        t(status === 'archived' ? 'clipArchived' : 'clipUnarchived'),
      );
    },
    remove: () => run(async () => onRemoved((await request({ type: 'articles.remove', ids: [id] })).undoToken), t('clipRemoved')),
  };
}
