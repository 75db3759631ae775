/**
 * When sync runs: about every minute while it is on (an alarm, which wakes a stopped
 * worker), a moment after each local change, and when the browser starts.
 */
import { browser } from '../../platform/browser';
import type { SyncService } from './service';

const ALARM = 'quire-sync';
const PERIOD_MINUTES = 1;
/** A burst of changes (tagging, reading) makes one run. */
const AFTER_CHANGE_MS = 1500;

/** Requests whose ok reply means the list changed here: sync sends it shortly after. */
const WRITES = new Set([
  'page.save', 'link.save', 'articles.setTags', 'articles.setStatus', 'articles.setFavorite', 'articles.setProgress', 'articles.replaceContent',
  'articles.remove', 'articles.undoRemove', 'tags.rename', 'tags.merge', 'import.apply', 'import.commit',
]);

export function changesSynced(type: string): boolean {
  return WRITES.has(type);
}

export interface SyncSchedule {
  /** Called after a local change: one run soon, when sync is on. */
  changed(): void;
}

export function registerSyncSchedule(sync: SyncService): SyncSchedule {
  let timer: ReturnType<typeof setTimeout> | null = null;
  const runIfOn = async () => {
    if ((await sync.status()).on) await sync.now();
  };
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === ALARM) void runIfOn();
  });
  browser.runtime.onStartup.addListener(() => void runIfOn());
  sync.listen((status) => {
    if (!status.on) void browser.alarms.clear(ALARM);
    else
      void browser.alarms.get(ALARM).then((alarm) => {
        if (!alarm) void browser.alarms.create(ALARM, { periodInMinutes: PERIOD_MINUTES });
      });
  });
  return {
    changed() {
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => {
        timer = null;
        void runIfOn();
      }, AFTER_CHANGE_MS);
    },
  };
}
