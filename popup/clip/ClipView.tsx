/** "This page": read the tab, then offer to save it, or show it as already saved. */
import { useState } from 'preact/hooks';
import type { ImageOutcome } from '../../src/protocol';
import { t } from '../../src/platform/browser';
import { request } from '../../src/ui/client';
import type { ArticleMeta } from '../../src/core/article';
import { useKnownTags } from '../../src/ui/components/useKnownTags';
import { ClipForm } from './ClipForm';
import { SavedPanel } from './SavedPanel';
import { usePreview } from './usePreview';
import { RemovedNotice } from './RemovedNotice';
import './clip.css';

export interface ClipViewProps {
  /** undefined while the popup is still finding the tab; null when there is none. */
  tabId: number | null | undefined;
  onOpenList: () => void;
}

export function ClipView({ tabId, onOpenList }: ClipViewProps) {
  const [state, retry] = usePreview(tabId);
  const known = useKnownTags();
  /** undefined: as the preview found it; null: removed from this popup. */
  const [saved, setSaved] = useState<ArticleMeta | null | undefined>(undefined);
  const [justSaved, setJustSaved] = useState(false);
  const [images, setImages] = useState<ImageOutcome | undefined>(undefined);
  const [removal, setRemoval] = useState<{ token: string; article: ArticleMeta } | null>(null);
  if (tabId === null) return <p class="clip__message">{t('clipNoTab')}</p>;
  if (tabId === undefined || state.phase === 'loading') {
    return (
      <p class="clip__message" role="status" aria-busy="true">
        {t('clipLoading')}
      </p>
    );
  }
  if (state.phase === 'failed') {
    return (
      <div class="clip__message" role="alert">
        <p>{state.message}</p>
        <button type="button" onClick={retry}>
          {t('clipRetry')}
        </button>
      </div>
    );
  }
  const { preview } = state;
  const article = saved === undefined ? preview.saved : saved;
  const undo = async () => {
    if (!removal) return;
    await request({ type: 'articles.undoRemove', undoToken: removal.token });
    setRemoval(null);
    setSaved(await request({ type: 'articles.byUrl', url: removal.article.canonicalUrl }));
  };
  return (
    <div class="clip-view">
      {removal && <RemovedNotice onUndo={undo} />}
      {article ? (
        <SavedPanel
          tabId={tabId}
          article={article}
          preview={preview}
          known={known}
          justSaved={justSaved}
          images={justSaved ? images : undefined}
          onChange={setSaved}
          onRemoved={(token) => {
            setRemoval({ token, article });
            setSaved(null);
            setJustSaved(false);
          }}
        />
      ) : (
        <ClipForm
          tabId={tabId}
          preview={preview}
          defaultTags={state.defaultTags}
          known={known}
          onRetry={retry}
          onSaved={(next, _created, outcome) => {
            setSaved(next);
            setImages(outcome);
            setJustSaved(true);
            setRemoval(null);
          }}
        />
      )}
      <button type="button" class="link clip-view__list" onClick={onOpenList}>
        {t('clipOpenList')}
      </button>
    </div>
  );
}
