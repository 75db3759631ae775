/** Status filters, tag chips and the sort order, above the rows. */
import { t } from '../../src/platform/browser';
import type { TagCount } from '../../src/background/protocol';
import type { ListParams, SortChoice, StatusFilter } from './query';

const STATUSES: { id: StatusFilter; label: string }[] = [
  { id: 'all', label: 'listFilterAll' },
  { id: 'unread', label: 'listFilterUnread' },
  { id: 'archived', label: 'listFilterArchived' },
  { id: 'favorites', label: 'listFilterFavorites' },
];

const SORT_CHOICES: SortChoice[] = ['newest', 'oldest', 'published', 'title', 'shortest', 'longest'];
const SORT_LABELS: Record<SortChoice, string> = {
  newest: 'listSortNewest',
  oldest: 'listSortOldest',
  published: 'listSortPublished',
  title: 'listSortTitle',
  shortest: 'listSortShortest',
  longest: 'listSortLongest',
};

/** Enough chips to be useful without pushing the rows out of the popup. */
const MAX_CHIPS = 12;

export interface FiltersProps {
  params: ListParams;
  tags: TagCount[];
  onChange: (patch: Partial<ListParams>) => void;
}

export function Filters({ params, tags, onChange }: FiltersProps) {
  const chips = tags.slice(0, MAX_CHIPS);
  if (params.tag && !chips.some((chip) => chip.tag === params.tag)) chips.unshift({ tag: params.tag, count: 0 });
  return (
    <div class="filters">
      <div class="filter-row">
        <div class="status-filters" role="group" aria-label={t('listFilterLabel')}>
          {STATUSES.map((status) => (
            <button
              key={status.id}
              type="button"
              class="chip"
              aria-pressed={params.status === status.id}
              onClick={() => onChange({ status: status.id })}
            >
              {t(status.label)}
            </button>
          ))}
        </div>
        <label class="visually-hidden" for="list-sort">{t('listSortLabel')}</label>
        <select id="list-sort" class="sort" value={params.sort} onChange={(event) => onChange({ sort: event.currentTarget.value as SortChoice })}>
          {SORT_CHOICES.map((choice) => (
            <option key={choice} value={choice}>{t(SORT_LABELS[choice])}</option>
          ))}
        </select>
      </div>
      {chips.length > 0 && (
        <div class="tag-chips" role="group" aria-label={t('listTagFilterLabel')}>
          {chips.map((chip) => (
            <button
              key={chip.tag}
              type="button"
              class="chip chip-tag"
              aria-pressed={params.tag === chip.tag}
              onClick={() => onChange({ tag: params.tag === chip.tag ? null : chip.tag })}
            >
              #{chip.tag}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
