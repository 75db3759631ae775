/** The steps the import section shows, and how the background's report on a write moves them. */
import type { ImportProgressState } from '../../src/protocol';
import type { ParsedImport } from '../../src/core/formats/types';
import { t } from '../../src/platform/browser';
import { RequestError } from '../../src/ui/client';
import type { ImportPreview, ImportResult } from './import-flow';

export type ImportStep =
  | { kind: 'idle' }
  | { kind: 'working'; label: string; progress: number | null }
  | { kind: 'preview'; fileName: string; parsed: ParsedImport; preview: ImportPreview }
  | { kind: 'done'; result: ImportResult }
  | { kind: 'failed'; message: string };

/**
 * A write in the background shows as a bar following its rows, whether this page started
 * it or was opened while it ran; its end shows on a page that was showing it. A preview or
 * an outcome on screen is left as it is.
 */
export function followWrite(step: ImportStep, state: ImportProgressState): ImportStep {
  const showing = step.kind === 'idle' || step.kind === 'working';
  if (state.kind === 'writing' && showing) {
    return { kind: 'working', label: t('optionsImportWriting'), progress: state.total ? state.written / state.total : null };
  }
  if (step.kind !== 'working') return step;
  if (state.kind === 'done') return { kind: 'done', result: { added: state.added, merged: state.merged } };
  if (state.kind === 'failed') return { kind: 'failed', message: t('optionsImportFailed', new RequestError(state.error.code, state.error.message).message) };
  return step;
}
