/**
 * Why a run or a connection test failed, as one of the codes pages translate
 * (SyncErrorCode): from PouchDB's errors, fetch's, and the engine's own.
 */
import type { SyncErrorCode } from '../../protocol';

export class SyncFailure extends Error {
  constructor(
    readonly code: SyncErrorCode,
    message: string,
  ) {
    super(message);
  }
}

const MESSAGES: Record<SyncErrorCode, string> = {
  unreachable: 'The sync server could not be reached.',
  unauthorized: 'The sync server refused the username or password.',
  'missing-database': 'The sync database does not exist on the server.',
  'not-couchdb': 'The server does not answer as CouchDB does.',
  conflict: 'The server kept changing the same documents; sync stopped to try again later.',
  quota: 'The browser has no room left for the sync replica.',
  permission: 'Quire may not reach the sync server: its site access was not granted.',
  error: 'Sync failed.',
};

export function failure(code: SyncErrorCode, detail?: string): SyncFailure {
  return new SyncFailure(code, detail ? `${MESSAGES[code]} ${detail}` : MESSAGES[code]);
}

/** The code an HTTP status means to sync, or null when it is not a failure of its own. */
export function codeOfStatus(status: number): SyncErrorCode | null {
  if (status === 401 || status === 403) return 'unauthorized';
  if (status === 404) return 'missing-database';
  if (status === 409) return 'conflict';
  return null;
}

function field(error: unknown, name: string): unknown {
  return typeof error === 'object' && error !== null ? (error as Record<string, unknown>)[name] : undefined;
}

/** fetch's network failure as PouchDB's http adapter passes it on: a browser's TypeError, node-fetch's system error. */
function unreachable(error: unknown, name: string, status: number): boolean {
  if (error instanceof TypeError || name === 'FetchError' || status === 0 || field(error, 'type') === 'system') return true;
  return /failed to fetch|networkerror|network error|load failed/i.test(String(field(error, 'message') ?? ''));
}

function codeOf(error: unknown): SyncErrorCode {
  if (error instanceof SyncFailure) return error.code;
  const name = String(field(error, 'name') ?? '');
  if (name === 'QuotaExceededError' || field(error, 'status') === 507) return 'quota';
  const status = Number(field(error, 'status'));
  const byStatus = Number.isFinite(status) ? codeOfStatus(status) : null;
  if (byStatus) return byStatus;
  if (unreachable(error, name, status)) return 'unreachable';
  const nested = field(error, 'error');
  if (nested && nested !== error && typeof nested === 'object') return codeOf(nested);
  return 'error';
}

/** Any failure as the status shows it; the message is English, for logs, and never holds the password. */
export function toSyncError(error: unknown): { code: SyncErrorCode; message: string } {
  const code = codeOf(error);
  if (error instanceof SyncFailure) return { code, message: error.message };
  const detail = String(field(error, 'message') ?? field(error, 'reason') ?? '');
  return { code, message: detail ? `${MESSAGES[code]} (${detail.replace(/\/\/[^@/\s]*@/g, '//')})` : MESSAGES[code] };
}
