import type { Ref } from 'preact';
import type { SyncStatus } from '../../src/protocol';
import { browser, t } from '../../src/platform/browser';
import { tCount } from '../../src/ui/count-message';
import { syncErrorText } from './messages';

const timeFormat = new Intl.DateTimeFormat(browser.i18n.getUILanguage(), { dateStyle: 'medium', timeStyle: 'medium' });

export interface SyncOnProps {
  status: SyncStatus;
  /** A request of the section is in flight: its buttons wait (aria-disabled, so the one clicked keeps the focus). */
  busy: boolean;
  nowButton: Ref<HTMLButtonElement>;
  onSyncNow: () => void;
  onDisable: () => void;
  onConfirmRemoval: (accept: boolean) => void;
}

/** Sync while it is on: the server, the last run (or that one is running), its failure, the valve's question, and the actions. */
export function SyncOn({ status, busy, nowButton, onSyncNow, onDisable, onConfirmRemoval }: SyncOnProps) {
  const { server, lastSync, lastCounts, error, pendingRemoval, running } = status;
  return (
    <>
      <dl class="stats">
        <dt>{t('syncServerUrl')}</dt>
        <dd data-sync="server">{server?.url ?? ''}</dd>
        <dt>{t('syncDatabase')}</dt>
        <dd data-sync="database">{server?.database ?? ''}</dd>
        {server?.username && (
          <>
            <dt>{t('syncUsername')}</dt>
            <dd data-sync="username">{server.username}</dd>
          </>
        )}
        <dt>{t('syncLastSync')}</dt>
        <dd data-sync="last-sync">{lastSync === null ? t('syncNever') : timeFormat.format(lastSync)}</dd>
        {lastCounts && (
          <>
            <dt>{t('syncLastCounts')}</dt>
            <dd data-sync="counts">{t('syncCounts', [lastCounts.sent, lastCounts.received, lastCounts.removed].map((n) => n.toLocaleString()))}</dd>
          </>
        )}
      </dl>
      {running && (
        <div class="progress" data-sync="running">
          <label for="sync-progress">{t('syncRunning')}</label>
          <progress id="sync-progress" />
        </div>
      )}
      {error && (
        <p class="message error" role="alert" data-sync="error">
          {t('syncLastError', syncErrorText(error))}
        </p>
      )}
      {pendingRemoval && (
        <div class="sync-question" role="group" aria-labelledby="sync-removal-text">
          <p id="sync-removal-text">{tCount('syncPendingRemoval', pendingRemoval.count, [pendingRemoval.listSize.toLocaleString()])}</p>
          <p class="hint">{t('syncPendingRemovalHint')}</p>
          <div class="actions">
            <button type="button" class="danger-button" aria-disabled={busy} onClick={() => onConfirmRemoval(true)}>
              {t('syncRemoveThem')}
            </button>
            <button type="button" class="primary" aria-disabled={busy} onClick={() => onConfirmRemoval(false)}>
              {t('syncKeepThem')}
            </button>
          </div>
        </div>
      )}
      <div class="actions">
        <button type="button" class="primary" ref={nowButton} aria-disabled={busy} onClick={onSyncNow}>
          {t('syncNow')}
        </button>
        <button type="button" aria-disabled={busy} onClick={onDisable}>
          {t('syncTurnOff')}
        </button>
      </div>
    </>
  );
}
