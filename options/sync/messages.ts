/** What the Sync section says for each of sync's failure codes; the compiler checks none is missing. */
import type { SyncErrorCode } from '../../src/protocol';
import { t } from '../../src/platform/browser';

const SYNC_ERROR_KEYS: Record<SyncErrorCode, string> = {
  unreachable: 'syncErrorUnreachable',
  unauthorized: 'syncErrorUnauthorized',
  'missing-database': 'syncErrorMissingDatabase',
  'not-couchdb': 'syncErrorNotCouchdb',
  conflict: 'syncErrorConflict',
  quota: 'syncErrorQuota',
  permission: 'syncErrorPermission',
  error: 'syncErrorOther',
};

/** The message for a failure; a code this build does not know reads as the general one. */
export function syncErrorText({ code }: { code: SyncErrorCode }): string {
  return t(SYNC_ERROR_KEYS[code] ?? SYNC_ERROR_KEYS.error);
}
