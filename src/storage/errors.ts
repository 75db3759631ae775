/**
 * Every failure of the reading list reaches callers as one typed error with a message
 * a person can read, whatever Dexie or IndexedDB threw underneath.
 */

/** Pages translate the code (src/protocol-errors.ts); the English messages are for logs. */
export type StorageErrorCode = 'quota' | 'unavailable' | 'not-found' | 'constraint' | 'unknown' | 'stale-cursor' | 'undo-expired' | 'empty-tag';

const MESSAGES: Record<StorageErrorCode, string> = {
  quota: 'There is not enough storage space left to save this. Remove some articles or free disk space, then try again.',
  unavailable: 'The reading list could not be opened. Restart the browser and try again.',
  'not-found': 'That article is no longer in the reading list.',
  constraint: 'That article is already in the reading list.',
  unknown: 'The reading list could not complete the change. Nothing was changed; please try again.',
  'stale-cursor': 'The list position is no longer valid. Reload the list.',
  'undo-expired': 'That removal can no longer be undone.',
  'empty-tag': 'A tag needs at least one letter or digit.',
};

export class StorageError extends Error {
  override readonly name = 'StorageError';
  constructor(
    readonly code: StorageErrorCode,
    message: string = MESSAGES[code],
    override readonly cause?: unknown,
  ) {
    super(message);
  }
}

const UNAVAILABLE = new Set([
  'DatabaseClosedError', 'OpenFailedError', 'MissingAPIError', 'InvalidStateError',
  'VersionError', 'UpgradeError', 'SchemaError', 'NoSuchDatabaseError', 'UnknownError',
]);

/**
 * Names of the error and of the errors it wraps: Dexie keeps the IndexedDB error in
 * `inner`, and a failed bulk write lists one per record in `failures`.
 */
function errorNames(error: unknown, depth = 0): string[] {
  if (!error || typeof error !== 'object' || depth > 4) return [];
  const { name, inner, failures } = error as { name?: unknown; inner?: unknown; failures?: unknown };
  const wrapped = Array.isArray(failures) ? failures.slice(0, 3) : [];
  return [
    ...(typeof name === 'string' ? [name] : []),
    ...[inner, ...wrapped].flatMap((cause) => errorNames(cause, depth + 1)),
  ];
}

export function toStorageError(error: unknown): StorageError {
  if (error instanceof StorageError) return error;
  const names = errorNames(error);
  if (names.some((name) => name === 'QuotaExceededError' || name === 'QuotaExceeded')) return new StorageError('quota', undefined, error);
  if (names.includes('ConstraintError')) return new StorageError('constraint', undefined, error);
  if (names.some((name) => UNAVAILABLE.has(name))) return new StorageError('unavailable', undefined, error);
  return new StorageError('unknown', undefined, error);
}

/** Runs one storage operation and translates whatever it throws. */
export async function guarded<T>(operation: () => Promise<T>): Promise<T> {
  try {
    return await operation();
  } catch (error) {
    throw toStorageError(error);
  }
}
