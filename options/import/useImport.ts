import { useEffect, useRef, useState } from 'preact/hooks';
import { withRootFolderTags } from '../../src/core/formats/root-folders';
import { t } from '../../src/platform/browser';
import { applyImport, parseFile, previewImport } from './import-flow';
import { followWrite, type ImportStep } from './import-step';
import { sanitizeBodies } from './sanitize-bodies';
import { malformedMessage } from './problem-text';
import { watchImport } from './watch-import';

export type { ImportStep };

export interface ImportState {
  step: ImportStep;
  choose: (file: File) => Promise<void>;
  /** Writes the previewed file, the bookmarks of the root folders named tagged with them. */
  apply: (rootFolderTags?: string[]) => Promise<void>;
  reset: () => void;
}

/**
 * The import as steps: parse, preview, apply. Nothing is written before apply, and a failure
 * writes nothing. The background reports the write as it goes, to this page and to any
 * options page opened meanwhile (followWrite).
 */
export function useImport(onImported: () => void): ImportState {
  const [step, setStep] = useState<ImportStep>({ kind: 'idle' });
  const imported = useRef(onImported);
  imported.current = onImported;
  useEffect(
    () =>
      watchImport((state) => {
        setStep((current) => followWrite(current, state));
        if (state.kind === 'done') imported.current();
      }),
    [],
  );
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
      working(t('optionsImportWriting'))(null);
      const result = await applyImport(items);
      setStep({ kind: 'done', result });
    } catch (error) {
      setStep({ kind: 'failed', message: t('optionsImportFailed', (error as Error).message) });
    }
  };

  return { step, choose, apply, reset: () => setStep({ kind: 'idle' }) };
}
