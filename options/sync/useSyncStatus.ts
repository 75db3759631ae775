/**
 * Sync's status as the background reports it on SYNC_STATUS_PORT: the status on connecting,
 * then each change (a run starting or ending, an error, a removal held back). Chrome stops an
 * idle service worker, which closes the port: the page connects again at once while it is
 * visible, and when it is shown again.
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from '../../src/platform/browser';
import { SYNC_STATUS_PORT, type SyncStatus } from '../../src/protocol';

export interface SyncStatusState {
  status: SyncStatus | null;
  /** A status a request answered with, shown until the port's next report. */
  show: (status: SyncStatus) => void;
}

export function useSyncStatus(): SyncStatusState {
  const [status, setStatus] = useState<SyncStatus | null>(null);
  useEffect(() => {
    let port: ReturnType<typeof browser.runtime.connect> | null = null;
    let closed = false;
    const connect = () => {
      if (closed || port || document.visibilityState !== 'visible') return;
      const opened = browser.runtime.connect({ name: SYNC_STATUS_PORT });
      let heard = false;
      port = opened;
      opened.onMessage.addListener((message) => {
        heard = true;
        setStatus(message as SyncStatus);
      });
      // A port closed before its first report was refused, not stopped: connecting again at once would spin.
      opened.onDisconnect.addListener(() => {
        port = null;
        if (heard) connect();
      });
    };
    connect();
    document.addEventListener('visibilitychange', connect);
    return () => {
      closed = true;
      document.removeEventListener('visibilitychange', connect);
      port?.disconnect();
    };
  }, []);
  return { status, show: setStatus };
}
