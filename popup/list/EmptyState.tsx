/** What an empty view says: how to save a first article, or how to widen a search that found nothing. */
import { browser, t } from '../../src/platform/browser';

/** The popup shell's "This page" tab, where clipping starts. */
function showClipTab(): void {
  document.getElementById('tab-page')?.click();
}

export function EmptyState({ newUser, onClear }: { newUser: boolean; onClear: () => void }) {
  if (newUser) {
    return (
      <div class="empty">
        <h2>{t('listEmptyTitle')}</h2>
        <p>{t('listEmptyHowTo')}</p>
        <p>{t('listEmptyImport')}</p>
        <div class="empty-actions">
          <button type="button" class="primary-button" onClick={showClipTab}>{t('listEmptyClip')}</button>
          <button type="button" class="small-button" onClick={() => void browser.runtime.openOptionsPage()}>{t('listEmptyOptions')}</button>
        </div>
      </div>
    );
  }
  return (
    <div class="empty">
      <h2>{t('listNoMatchTitle')}</h2>
      <p>{t('listNoMatchHint')}</p>
      <button type="button" class="small-button" onClick={onClear}>{t('listNoMatchClear')}</button>
    </div>
  );
}
