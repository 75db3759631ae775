/**
 * Every code a failed request carries, and the _locales key of its message. Pages and the
 * badge show the translation; the English `message` beside a code is for logs only.
 */
import type { StorageErrorCode } from './storage';
import type { ExtractFailureReason } from './core/clip';

/** Why a page could not be clipped; 'restricted' and 'timeout' come from the browser side. */
export type PreviewFailureReason = ExtractFailureReason | 'restricted' | 'timeout';

export type ErrorCode =
  | StorageErrorCode
  | PreviewFailureReason
  | 'no-url' | 'no-tab' | 'tab-changed' | 'stage-missing' | 'forbidden' | 'bad-request' | 'unknown-request' | 'unreachable';

/** Every reason has its own message; the compiler checks none is missing. */
export const FAILURE_MESSAGE_KEYS: Record<PreviewFailureReason, string> = {
  restricted: 'clipFailure_restricted',
  timeout: 'clipFailure_timeout',
  'no-article': 'clipFailure_no_article',
  'not-html': 'clipFailure_not_html',
  'too-large': 'clipFailure_too_large',
  error: 'clipFailure_error',
};

export const ERROR_MESSAGE_KEYS: Record<ErrorCode, string> = {
  ...FAILURE_MESSAGE_KEYS,
  quota: 'errorQuota',
  unavailable: 'errorUnavailable',
  'not-found': 'errorNotFound',
  constraint: 'errorConstraint',
  unknown: 'errorUnknown',
  'stale-cursor': 'errorStaleCursor',
  'undo-expired': 'errorUndoExpired',
  'empty-tag': 'errorEmptyTag',
  'no-url': 'errorNoUrl',
  'no-tab': 'errorNoTab',
  'tab-changed': 'errorTabChanged',
  'stage-missing': 'errorStageMissing',
  forbidden: 'errorForbidden',
  'bad-request': 'errorBadRequest',
  'unknown-request': 'errorUnknownRequest',
  unreachable: 'errorUnreachable',
};

/** The message key for a code; a code this build does not know reads as the unknown failure. */
export function errorMessageKey(code: unknown): string {
  return (typeof code === 'string' && (ERROR_MESSAGE_KEYS as Record<string, string>)[code]) || ERROR_MESSAGE_KEYS.unknown;
}
