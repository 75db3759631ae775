import { useState } from 'preact/hooks';
import { withRootFolderTags } from '../../src/core/formats/root-folders';
import type { ParsedImport } from '../../src/core/formats/types';
import { t } from '../../src/platform/browser';
import { applyImport, parseFile, previewImport, type ImportPreview, type ImportResult } from './import-flow';
import { sanitizeBodies } from './sanitize-bodies';
import { malformedMessage } from './problem-text';

export type ImportStep =
  | { kind: 'idle' }
  | { kind: 'working'; label: string; progress: number | null }
  | { kind: 'preview'; fileName: string; parsed: ParsedImport; preview: ImportPreview }
  | { kind: 'done'; result: ImportResult }
  | { kind: 'failed'; message: string };

export interface ImportState {
  step: ImportStep;
  choose: (file: File) => Promise<void>;
  /** Writes the previewed file, the bookmarks of the root folders named tagged with them. */
  apply: (rootFolderTags?: string[]) => Promise<void>;
  reset: () => void;
}

/** The import as steps: parse, preview, apply. Nothing is written before apply, and a failure writes nothing. */
export function useImport(onImported: () => void): ImportState {
  const [step, setStep] = useState<ImportStep>({ kind: 'idle' });
  const working = (label: string) => (progress: number | null) => setStep({ kind: 'working', label, progress });

  const choose = async (file: File) => {
    const parsing = working(t('optionsImportReading', file.name));
    parsing(0);
    try {
      const parsed = await parseFile(file, parsing);
      if (parsed.fatal) {
        setStep({ kind: 'failed', message: malformedMessage(file.name, parsed.fatal) });
        return;
      }
      working(t('optionsImportComparing'))(null);
      setStep({ kind: 'preview', fileName: file.name, parsed, preview: await previewImport(parsed.items) });
    } catch (error) {
      setStep({ kind: 'failed', message: t('optionsImportFailed', (error as Error).message) });
    }
  };

  const apply = async (rootFolderTags: string[] = []) => {
    if (step.kind !== 'preview') return;
    try {
      const items = await sanitizeBodies(withRootFolderTags(step.parsed.items, rootFolderTags), working(t('optionsImportCleaning')));
      const result = await applyImport(items, working(t('optionsImportWriting')));
      setStep({ kind: 'done', result });
      onImported();
    } catch (error) {
      setStep({ kind: 'failed', message: t('optionsImportFailed', (error as Error).message) });
    }
  };

  return { step, choose, apply, reset: () => setStep({ kind: 'idle' }) };
}
