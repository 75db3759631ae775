/** One saved article in the list: what it is, how far it was read, and what can be done with it. */
import { t } from '../../src/platform/browser';
import type { ArticleMeta } from '../../src/core/article';
import { Favicon } from '../../src/ui/components/Favicon';
import { HighlightMark } from './HighlightMark';
import { Icon } from './Icon';
import { RowActions } from './RowActions';
import { TagEditor } from './TagEditor';
import { readingTime, siteOf } from '../../src/ui/format';
import { label, withKey } from './labels';
import type { RowAction } from './keys';

export interface ArticleRowProps {
  meta: ArticleMeta;
  index: number;
  focusable: boolean;
  editingTags: boolean;
  /** The handlers take the row's index or article, so one set serves every row and rows need not re-render. */
  onFocusRow: (index: number) => void;
  onAction: (action: RowAction, meta: ArticleMeta) => void;
  onTagsDone: (meta: ArticleMeta, tags: string[] | null) => void;
}

export function ArticleRow({ meta, index, focusable, editingTags, onFocusRow, onAction, onTagsDone }: ArticleRowProps) {
  const site = siteOf(meta);
  const minutes = readingTime(meta.readingMinutes);
  const percent = Math.round(meta.progress * 100);
  return (
    <li
      class={`row${meta.status === 'archived' ? ' row-archived' : ''}`}
      tabIndex={focusable ? 0 : -1}
      aria-label={meta.title}
      data-id={meta.id}
      onFocusCapture={() => onFocusRow(index)}
    >
      <Favicon src={meta.faviconUrl} site={site} />
      <div class="row-main">
        <button type="button" class="row-title" tabIndex={-1} title={withKey(label('listActionOpen'), 'Enter')} onClick={() => onAction('open', meta)}>
          <bdi>{meta.title}</bdi>
        </button>
        <div class="row-meta">
          <bdi class="row-site">{site}</bdi>
          {minutes && <span>{minutes}</span>}
          {meta.kind === 'link' && (
            <span class="row-link-only" title={t('listLinkOnlyHint')}>
              <Icon name="link" />
              {t('listLinkOnly')}
            </span>
          )}
          {meta.highlightCount ? <HighlightMark count={meta.highlightCount} /> : null}
          {meta.status === 'archived' && <span class="row-archived-mark">{t('listArchivedMark')}</span>}
        </div>
        {meta.tags.length > 0 && !editingTags && (
          <ul class="row-tags" aria-label={t('listTagsLabel')}>
            {meta.tags.map((tag) => (
              <li key={tag} class="tag" dir="auto">{tag}</li>
            ))}
          </ul>
        )}
        {editingTags && <TagEditor id={meta.id} tags={meta.tags} title={meta.title} onDone={(tags) => onTagsDone(meta, tags)} />}
        {percent > 0 && (
          <div class="row-progress" role="img" aria-label={t('listProgress', String(percent))}>
            <span style={{ width: `${percent}%` }} />
          </div>
        )}
      </div>
      <RowActions meta={meta} onAction={(action) => onAction(action, meta)} />
    </li>
  );
}
