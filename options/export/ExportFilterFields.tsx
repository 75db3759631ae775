import type { ExportFilter, TagCount } from '../../src/protocol';
import type { ArticleStatus } from '../../src/core/article';
import { t } from '../../src/platform/browser';

export interface ExportFilterFieldsProps {
  filter: ExportFilter;
  tags: TagCount[];
  onChange: (filter: ExportFilter) => void;
}

/** The same filters as the reading list: status, tag, favorites. Unset means "any". */
export function ExportFilterFields({ filter, tags, onChange }: ExportFilterFieldsProps) {
  return (
    <fieldset class="filter">
      <legend>{t('optionsExportFilter')}</legend>
      <div class="field">
        <label for="export-status">{t('optionsFilterStatus')}</label>
        <select
          id="export-status"
          value={filter.status ?? ''}
          onChange={(event) => onChange({ ...filter, status: (event.currentTarget.value || undefined) as ArticleStatus | undefined })}
        >
          <option value="">{t('optionsFilterAny')}</option>
          <option value="unread">{t('optionsFilterUnread')}</option>
          <option value="archived">{t('optionsFilterArchived')}</option>
        </select>
      </div>
      <div class="field">
        <label for="export-tag">{t('optionsFilterTag')}</label>
        <select id="export-tag" value={filter.tag ?? ''} onChange={(event) => onChange({ ...filter, tag: event.currentTarget.value || undefined })}>
          <option value="">{t('optionsFilterAny')}</option>
          {tags.map(({ tag, count }) => (
            <option key={tag} value={tag}>
              {`${tag} (${count})`}
            </option>
          ))}
        </select>
      </div>
      <div class="field field-check">
        <input
          id="export-favorites"
          type="checkbox"
          checked={filter.favorite === true}
          onChange={(event) => onChange({ ...filter, favorite: event.currentTarget.checked ? true : undefined })}
        />
        <label for="export-favorites">{t('optionsFilterFavorites')}</label>
      </div>
    </fieldset>
  );
}
