/**
 * A page not yet in the list: its preview (or why it could not be read) with the tag
 * field, and the ways to save it. Enter anywhere in the form saves.
 */
import { useState } from 'preact/hooks';
import { t } from '../../src/platform/browser';
import type { ArticleMeta } from '../../src/core/article';
import type { PagePreview, SaveMode } from '../../src/protocol';
import { TagInput } from '../../src/ui/components/TagInput';
import { PreviewCard } from './PreviewCard';
import { SiteLine } from './SiteLine';
import { useSave } from './useSave';
import type { ImageOutcome } from '../../src/protocol';
import { useTagDraft } from './useTagDraft';
import { useVersions } from './useVersions';
import { VersionChoice } from './VersionChoice';

export interface ClipFormProps {
  tabId: number;
  preview: PagePreview;
  defaultTags: string[];
  known: string[];
  onSaved: (article: ArticleMeta, created: boolean, images?: ImageOutcome) => void;
  onRetry: () => void;
}

export function ClipForm({ tabId, preview, defaultTags, known, onSaved, onRetry }: ClipFormProps) {
  const { failure, tab } = preview;
  const [title, setTitle] = useState(preview.clip?.title ?? tab.title);
  const tagField = useTagDraft(defaultTags);
  const { saving, error, save } = useSave(onSaved);
  const versions = useVersions(tabId, tab.url, preview.clip);
  // The version chosen is the clip previewed and saved: its body is what the reader will get.
  const clip = versions?.clip ?? preview.clip;
  const canKeepLink = Boolean(tab.url);
  const send = (mode: SaveMode) => save({ tabId, mode, clip, tags: tagField.all(), title: clip ? title : undefined, url: tab.url });
  const onSubmit = (event: Event) => {
    event.preventDefault();
    if (versions?.pending) return;
    if (clip) void send(versions?.source === 'link' ? 'link' : 'article');
    else if (canKeepLink) void send('link');
  };
  return (
    <form class="clip" onSubmit={onSubmit} aria-busy={saving}>
      {clip ? (
        <PreviewCard clip={clip} favIconUrl={tab.favIconUrl} title={title} onTitle={setTitle} />
      ) : (
        <div class="clip__card">
          {canKeepLink && <SiteLine url={tab.url} siteName={null} faviconUrl={tab.favIconUrl} />}
          {canKeepLink && <p class="clip__page-title" dir="auto">{tab.title}</p>}
          <p class="clip__failure" role="alert">
            {canKeepLink ? failure?.message : t('clipFailureNoAddress')}
          </p>
        </div>
      )}
      {versions && <VersionChoice versions={versions} />}
      {(clip || canKeepLink) && (
        <TagInput
          id="clip-tags"
          label={t('clipTagsLabel')}
          tags={tagField.tags}
          onChange={tagField.setTags}
          onDraftChange={tagField.setDraft}
          known={known}
          suggested={clip?.suggestedTags}
          autoFocus
        />
      )}
      <div class="clip__actions">
        {clip && (
          <button type="submit" class="primary" disabled={saving || Boolean(versions?.pending)}>
            {saving ? t('clipSaving') : t('clipSave')}
          </button>
        )}
        {!clip && canKeepLink && (
          <button type="submit" class="primary" disabled={saving}>
            {t('clipSaveLink')}
          </button>
        )}
        {failure?.reason === 'no-article' && (
          <button type="button" disabled={saving} onClick={() => void send('page-text')}>
            {t('clipSavePageText')}
          </button>
        )}
        {(failure?.reason === 'timeout' || failure?.reason === 'error') && (
          <button type="button" onClick={onRetry}>
            {t('clipRetry')}
          </button>
        )}
      </div>
      {error && (
        <p class="clip__error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
