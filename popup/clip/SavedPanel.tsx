/**
 * A page already in the list: when it was saved, its tags (edited in place), how far it
 * was read, and Update (a fresh copy, no duplicate), Archive, Remove, Open in reader.
 */
import { useEffect, useRef } from 'preact/hooks';
import { t, browser } from '../../src/platform/browser';
import type { ArticleMeta } from '../../src/core/article';
import type { ImageOutcome, PagePreview } from '../../src/protocol';
import { ImagesNotice } from './ImagesNotice';
import { TagInput } from '../../src/ui/components/TagInput';
import { formatDate } from '../../src/ui/format';
import { factsLine } from './facts';
import { SiteLine } from './SiteLine';
import { useArticleActions } from './useArticleActions';
import { useSave } from './useSave';

export interface SavedPanelProps {
  tabId: number;
  article: ArticleMeta;
  preview: PagePreview;
  known: string[];
  /** Set right after a save from this popup, so the status says so. */
  justSaved: boolean;
  /** How the images of the save just made went. */
  images?: ImageOutcome;
  onChange: (article: ArticleMeta) => void;
  onRemoved: (undoToken: string) => void;
}

export function SavedPanel({ tabId, article, preview, known, justSaved, images, onChange, onRemoved }: SavedPanelProps) {
  const actions = useArticleActions(article, onChange, onRemoved);
  const resave = useSave((updated) => {
    onChange(updated);
    actions.setStatus(t('clipUpdated'));
  });
  const heading = useRef<HTMLParagraphElement>(null);
  // The form that had focus is gone after a save; keyboard and screen reader users land on its outcome.
  useEffect(() => {
    if (justSaved) heading.current?.focus();
  }, [justSaved]);
  const percent = Math.round(article.progress * 100);
  const facts = factsLine(article);
  return (
    <section class="clip saved" aria-labelledby="saved-on">
      <p id="saved-on" class="saved__on" ref={heading} tabIndex={-1}>
        {t('clipSavedOn', formatDate(article.savedAt) ?? '')}
      </p>
      <div class="clip__card">
        <SiteLine url={article.url} siteName={article.siteName} faviconUrl={article.faviconUrl ?? preview.tab.favIconUrl} />
        <h2 class="saved__title">{article.title}</h2>
        {facts && <p class="clip__facts">{facts}</p>}
        {article.kind === 'link' && <p class="clip__facts">{t('clipLinkOnly')}</p>}
        <div class="saved__progress">
          <progress max={100} value={percent} aria-label={t('clipProgressLabel')} />
          <span>{t('clipProgress', String(percent))}</span>
        </div>
      </div>
      {images && <ImagesNotice images={images} />}
      <TagInput id="saved-tags" label={t('clipTagsLabel')} tags={article.tags} onChange={(tags) => void actions.setTags(tags)} known={known} />
      <div class="clip__actions">
        {preview.clip && (
          <button
            type="button"
            class="primary"
            disabled={resave.saving}
            onClick={() => void resave.save({ tabId, mode: 'article', clip: preview.clip, tags: article.tags, title: article.title })}
          >
            {resave.saving ? t('clipSaving') : t('clipUpdate')}
          </button>
        )}
        <button type="button" disabled={actions.busy} onClick={() => void actions.toggleArchive()}>
          {article.status === 'archived' ? t('clipUnarchive') : t('clipArchive')}
        </button>
        <button type="button" class="danger" disabled={actions.busy} onClick={() => void actions.remove()}>
          {t('clipRemove')}
        </button>
        <a class="button" href={browser.runtime.getURL(`reader/index.html?id=${encodeURIComponent(article.id)}`)} target="_blank" rel="noopener">
          {t('clipOpenReader')}
        </a>
      </div>
      {resave.error && (
        <p class="clip__error" role="alert">
          {resave.error}
        </p>
      )}
      <p class="clip__status" role="status">
        {actions.status || (justSaved ? t('clipSavedNow') : '')}
      </p>
    </section>
  );
}
