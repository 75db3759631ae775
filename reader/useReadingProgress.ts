/**
 * Reading progress: the reader lands where it left off and stays there while the layout
 * settles (holdPosition.ts), its position is saved as the reader scrolls (at most every SAVE_MS, and when the tab is hidden or closed), and reaching
 * the end archives an unread article unless settings.reader.archiveAtEnd is off.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../src/platform/browser';
import type { ArticleMeta } from '../src/core/article';
import { request } from '../src/ui/client';
import { holdPosition } from './holdPosition';
import { atEnd, currentProgress } from './scrollProgress';

const SAVE_MS = 500;
/** Smaller moves are not worth a write. */
const MIN_CHANGE = 0.005;

export function useReadingProgress(
  article: ArticleMeta,
  archiveAtEnd: boolean,
  onChanged: (meta: ArticleMeta) => void,
  onStatus: (message: string) => void,
) {
  const [archivedAtEnd, setArchivedAtEnd] = useState(false);
  const saved = useRef(article.progress);
  const keptUnread = useRef(false);
  const status = useRef(article.status);
  status.current = article.status;
  const settings = useRef({ archiveAtEnd, onChanged, onStatus });
  settings.current = { archiveAtEnd, onChanged, onStatus };

  useEffect(() => {
    const position = holdPosition(saved.current);

    const save = () => {
      // Until the reader scrolls, the page shows the saved position: nothing new to write.
      if (position.holding) return;
      const progress = currentProgress();
      const end = atEnd();
      if (Math.abs(progress - saved.current) >= MIN_CHANGE) {
        saved.current = progress;
        request({ type: 'articles.setProgress', id: article.id, progress }).catch(() => undefined);
      }
      if (end && settings.current.archiveAtEnd && status.current === 'unread' && !keptUnread.current) {
        status.current = 'archived';
        request({ type: 'articles.setStatus', id: article.id, status: 'archived' })
          .then((meta) => {
            setArchivedAtEnd(true);
            settings.current.onChanged(meta);
            settings.current.onStatus(t('readerArchivedAtEnd'));
          })
          .catch(() => undefined);
      }
    };
    let timer: ReturnType<typeof setTimeout> | null = null;
    const onScroll = () => {
      if (position.ownScroll()) return;
      timer ??= setTimeout(() => {
        timer = null;
        save();
      }, SAVE_MS);
    };
    const onHide = () => document.visibilityState === 'hidden' && save();
    window.addEventListener('scroll', onScroll, { passive: true });
    window.addEventListener('pagehide', save);
    document.addEventListener('visibilitychange', onHide);
    return () => {
      if (timer) clearTimeout(timer);
      position.release();
      window.removeEventListener('scroll', onScroll);
      window.removeEventListener('pagehide', save);
      document.removeEventListener('visibilitychange', onHide);
    };
  }, [article.id]);

  const keepUnread = useCallback(async () => {
    keptUnread.current = true;
    try {
      const meta = await request({ type: 'articles.setStatus', id: article.id, status: 'unread' });
      setArchivedAtEnd(false);
      onChanged(meta);
      onStatus(t('readerKeptUnread'));
    } catch (error) {
      onStatus(t('readerActionFailed', (error as Error).message));
    }
  }, [article.id, onChanged, onStatus]);

  return { archivedAtEnd, keepUnread };
}
