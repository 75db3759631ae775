/** What each row action does: ask the background, then show the answer in the list. */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../src/platform/browser';
import type { ArticleMeta } from '../../src/core/article';
import { request } from '../../src/ui/client';
import type { RowAction } from './keys';
import { openInReader, openOriginal } from './open';

/** How long a deleted article can be brought back from the popup. */
const UNDO_MS = 15_000;

export interface UndoOffer {
  token: string;
  title: string;
}

interface ListHandle {
  update: (meta: ArticleMeta) => void;
  drop: (id: string) => void;
  reload: () => void;
  refreshTags: () => void;
}

export function useRowActions(list: ListHandle, announce: (message: string) => void) {
  const [editing, setEditing] = useState<string | null>(null);
  const [undo, setUndo] = useState<UndoOffer | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout>>();
  useEffect(() => () => clearTimeout(timer.current), []);

  const fail = useCallback((error: unknown) => announce(t('listActionFailed', (error as Error).message)), [announce]);

  const offerUndo = useCallback((offer: UndoOffer | null) => {
    clearTimeout(timer.current);
    setUndo(offer);
    if (offer) timer.current = setTimeout(() => setUndo(null), UNDO_MS);
  }, []);

  const run = useCallback(
    async (action: RowAction, meta: ArticleMeta) => {
      try {
        if (action === 'open') await openInReader(meta);
        else if (action === 'original') await openOriginal(meta);
        else if (action === 'tags') setEditing(meta.id);
        else if (action === 'favorite') {
          list.update(await request({ type: 'articles.setFavorite', id: meta.id, favorite: !meta.favorite }));
          announce(t(meta.favorite ? 'listUnfavorited' : 'listFavorited'));
        } else if (action === 'archive') {
          const status = meta.status === 'archived' ? 'unread' : 'archived';
          list.update(await request({ type: 'articles.setStatus', id: meta.id, status }));
          announce(t(status === 'archived' ? 'listArchived' : 'listUnarchived'));
        } else if (action === 'remove') {
          const { undoToken } = await request({ type: 'articles.remove', ids: [meta.id] });
          list.drop(meta.id);
          list.refreshTags();
          offerUndo({ token: undoToken, title: meta.title });
          announce(t('listDeleted', meta.title));
        }
      } catch (error) {
        fail(error);
      }
    },
    [list, announce, fail, offerUndo],
  );

  const saveTags = useCallback(
    async (meta: ArticleMeta, tags: string[] | null) => {
      if (!tags) return setEditing(null);
      try {
        list.update(await request({ type: 'articles.setTags', id: meta.id, tags }));
        // Closed only once saved: on a failure the editor stays, with what was typed.
        setEditing(null);
        list.refreshTags();
        announce(t('listTagsSaved'));
      } catch (error) {
        fail(error);
      }
    },
    [list, announce, fail],
  );

  const undoRemove = useCallback(async () => {
    if (!undo) return;
    offerUndo(null);
    try {
      await request({ type: 'articles.undoRemove', undoToken: undo.token });
      list.reload();
      list.refreshTags();
      announce(t('listRestored', undo.title));
    } catch (error) {
      fail(error);
    }
  }, [undo, list, announce, fail, offerUndo]);

  return { editing, undo, run, saveTags, undoRemove, dismissUndo: () => offerUndo(null) };
}
