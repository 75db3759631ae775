import { t } from '../../src/platform/browser';
import { formatBytes } from './bytes';
import type { StatsState } from './useStats';

/** How much the list holds and whether the browser may clear it under storage pressure. */
export function StorageSection({ stats, error, reload }: StatsState) {
  return (
    <section aria-labelledby="storage-heading">
      <h2 id="storage-heading">{t('optionsStorageHeading')}</h2>
      {error ? (
        <div class="message error" role="alert">
          <p>{t('optionsStatsFailed', error)}</p>
          <button type="button" onClick={reload}>
            {t('optionsRetry')}
          </button>
        </div>
      ) : !stats ? (
        <p aria-busy="true">{t('optionsLoading')}</p>
      ) : (
        <dl class="stats">
          <dt>{t('optionsStatArticles')}</dt>
          <dd data-stat="total">{stats.total}</dd>
          <dt>{t('optionsStatUnread')}</dt>
          <dd>{stats.unread}</dd>
          <dt>{t('optionsStatArchived')}</dt>
          <dd>{stats.archived}</dd>
          <dt>{t('optionsStatFavorites')}</dt>
          <dd>{stats.favorites}</dd>
          <dt>{t('optionsStatStorage')}</dt>
          <dd>{stats.storage ? t('optionsStorageUsage', [formatBytes(stats.storage.usage), formatBytes(stats.storage.quota)]) : t('optionsUnknown')}</dd>
          <dt>{t('optionsStatImages')}</dt>
          <dd data-stat="images">{formatBytes(stats.imageBytes)}</dd>
          <dt>{t('optionsStatText')}</dt>
          <dd>{stats.storage ? formatBytes(Math.max(0, stats.storage.usage - stats.imageBytes)) : t('optionsUnknown')}</dd>
          <dt>{t('optionsStatPersisted')}</dt>
          <dd>{stats.storage?.persisted ? t('optionsPersistedYes') : t('optionsPersistedNo')}</dd>
        </dl>
      )}
    </section>
  );
}
