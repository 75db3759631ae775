/** Status filters, tag chips and the sort order, above the rows. */
import type { ComponentChildren } from 'preact';
import { t } from '../../src/platform/browser';
import type { TagCount } from '../../src/protocol';
import type { ListParams, SortChoice, StatusFilter } from './query';

const STATUSES: { id: StatusFilter; label: string }[] = [
  { id: 'all', label: 'listFilterAll' },
  { id: 'unread', label: 'listFilterUnread' },
  { id: 'archived', label: 'listFilterArchived' },
  { id: 'favorites', label: 'listFilterFavorites' },
  { id: 'highlighted', label: 'listFilterHighlighted' },
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

/** A toggle button that shows whether its filter is on. */
function Chip({ pressed, onClick, children }: { pressed: boolean; onClick: () => void; children: ComponentChildren }) {
  return (
    <button type="button" class="chip" aria-pressed={pressed} onClick={onClick}>
      {children}
    </button>
  );
}

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
            <Chip key={status.id} pressed={params.status === status.id} onClick={() => onChange({ status: status.id })}>
              {t(status.label)}
            </Chip>
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
            <Chip key={chip.tag} pressed={params.tag === chip.tag} onClick={() => onChange({ tag: params.tag === chip.tag ? null : chip.tag })}>
              #{chip.tag}
            </Chip>
          ))}
        </div>
      )}
    </div>
  );
}
