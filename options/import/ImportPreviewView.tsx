import type { ParsedImport } from '../../src/core/formats/types';
import { t } from '../../src/platform/browser';
import { IMPORT_FORMAT_NAMES } from './format-names';
import type { ImportPreview } from './import-flow';
import { problemPlace } from './problem-text';

/** Long lists of bad rows are cut here; the count above still says how many. */
const SHOWN_PROBLEMS = 50;

export interface ImportPreviewViewProps {
  fileName: string;
  parsed: ParsedImport;
  preview: ImportPreview;
  onApply: () => void;
  onCancel: () => void;
}

export function ImportPreviewView({ fileName, parsed, preview, onApply, onCancel }: ImportPreviewViewProps) {
  const { invalid } = parsed;
  const highlights = parsed.items.reduce((sum, item) => sum + (item.highlights?.length ?? 0), 0);
  return (
    <div class="import-preview" id="import-preview">
      <h3>{t('optionsImportPreviewHeading', [fileName, IMPORT_FORMAT_NAMES[parsed.format] ?? parsed.format])}</h3>
      <ul class="counts">
        <li data-count="new">{t('optionsImportNew', String(preview.new))}</li>
        <li data-count="duplicates">{t('optionsImportDuplicates', String(preview.duplicates))}</li>
        {highlights > 0 && <li data-count="highlights">{t('optionsImportHighlights', String(highlights))}</li>}
        <li data-count="invalid">{t('optionsImportInvalid', String(invalid.length))}</li>
      </ul>
      {invalid.length > 0 && (
        <details open={invalid.length <= 10}>
          <summary>{t('optionsImportInvalidDetails')}</summary>
          <ul class="problems">
            {invalid.slice(0, SHOWN_PROBLEMS).map((problem, index) => (
              <li key={index}>{`${problemPlace(problem)}: ${problem.message}`}</li>
            ))}
          </ul>
          {invalid.length > SHOWN_PROBLEMS && <p>{t('optionsImportMoreProblems', String(invalid.length - SHOWN_PROBLEMS))}</p>}
        </details>
      )}
      <div class="actions">
        <button type="button" class="primary" id="import-apply" disabled={parsed.items.length === 0} onClick={onApply}>
          {t('optionsImportApply', String(parsed.items.length))}
        </button>
        <button type="button" onClick={onCancel}>
          {t('optionsCancel')}
        </button>
      </div>
    </div>
  );
}
