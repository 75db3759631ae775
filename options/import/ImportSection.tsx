import { t } from '../../src/platform/browser';
import { ProgressBar } from '../ProgressBar';
import { FilePicker } from './FilePicker';
import { ImportPreviewView } from './ImportPreviewView';
import { useImport } from './useImport';

export function ImportSection({ onImported }: { onImported: () => void }) {
  const { step, choose, apply, reset } = useImport(onImported);
  return (
    <section aria-labelledby="import-heading">
      <h2 id="import-heading">{t('optionsImportHeading')}</h2>
      <p class="hint">{t('optionsImportIntro')}</p>
      {step.kind !== 'preview' && <FilePicker onFile={choose} disabled={step.kind === 'working'} />}
      {step.kind === 'working' && <ProgressBar id="import-progress" label={step.label} value={step.progress} />}
      {step.kind === 'preview' && <ImportPreviewView {...step} onApply={apply} onCancel={reset} />}
      <div id="import-status" role="status" class={`message ${step.kind === 'failed' ? 'error' : ''}`}>
        {step.kind === 'done' && t('optionsImportDone', [String(step.result.added), String(step.result.merged)])}
        {step.kind === 'failed' && (
          <>
            <p>{step.message}</p>
            <p>{t('optionsImportNothingChanged')}</p>
          </>
        )}
      </div>
    </section>
  );
}
