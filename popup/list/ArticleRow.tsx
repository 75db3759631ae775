/** One saved article in the list: what it is, how far it was read, and what can be done with it. */
import type { Ref } from 'preact';
import { t } from '../../src/platform/browser';
import type { ArticleMeta } from '../../src/core/article';
import { Favicon } from './Favicon';
import { Icon } from './Icon';
import { RowActions } from './RowActions';
import { TagEditor } from './TagEditor';
import { readingTime, siteOf, withKey } from './format';
import type { RowAction } from './keys';

export interface ArticleRowProps {
  meta: ArticleMeta;
  focusable: boolean;
  editingTags: boolean;
  rowRef: Ref<HTMLLIElement>;
  onFocus: () => void;
  onAction: (action: RowAction) => void;
  onTagsDone: (tags: string[] | null) => void;
}

export function ArticleRow({ meta, focusable, editingTags, rowRef, onFocus, onAction, onTagsDone }: ArticleRowProps) {
  const site = siteOf(meta);
  const minutes = readingTime(meta);
  const percent = Math.round(meta.progress * 100);
  return (
    <li
      ref={rowRef}
      class={`row${meta.status === 'archived' ? ' row-archived' : ''}`}
      tabIndex={focusable ? 0 : -1}
      aria-label={meta.title}
      data-id={meta.id}
      onFocusCapture={onFocus}
    >
      <Favicon src={meta.faviconUrl} site={site} />
      <div class="row-main">
        <button type="button" class="row-title" tabIndex={-1} title={withKey(t('listActionOpen'), 'Enter')} onClick={() => onAction('open')}>
          {meta.title}
        </button>
        <div class="row-meta">
          <span class="row-site">{site}</span>
          {minutes && <span>{minutes}</span>}
          {meta.kind === 'link' && (
            <span class="row-link-only" title={t('listLinkOnlyHint')}>
              <Icon name="link" />
              {t('listLinkOnly')}
            </span>
          )}
          {meta.status === 'archived' && <span class="row-archived-mark">{t('listArchivedMark')}</span>}
        </div>
        {meta.tags.length > 0 && !editingTags && (
          <ul class="row-tags" aria-label={t('listTagsLabel')}>
            {meta.tags.map((tag) => (
              <li key={tag} class="tag">{tag}</li>
            ))}
          </ul>
        )}
        {editingTags && <TagEditor id={meta.id} tags={meta.tags} title={meta.title} onDone={onTagsDone} />}
        {percent > 0 && (
          <div class="row-progress" role="img" aria-label={t('listProgress', String(percent))}>
            <span style={{ width: `${percent}%` }} />
          </div>
        )}
      </div>
      <RowActions meta={meta} onAction={onAction} />
    </li>
  );
}
