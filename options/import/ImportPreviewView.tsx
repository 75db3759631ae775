import { useMemo, useState } from 'preact/hooks';
import { rootFolders } from '../../src/core/formats/root-folders';
import type { ParsedImport } from '../../src/core/formats/types';
import { t } from '../../src/platform/browser';
import { tCount } from '../../src/ui/count-message';
import { IMPORT_FORMAT_NAMES } from './format-names';
import type { ImportPreview } from './import-flow';
import { applyMessage, nothingNewMessage, type CountMessage } from './preview-messages';
import { problemPlace } from './problem-text';
import { RootFolderChoice } from './RootFolderChoice';

/** Long lists of bad rows are cut here; the count above still says how many. */
const SHOWN_PROBLEMS = 50;

export interface ImportPreviewViewProps {
  fileName: string;
  parsed: ParsedImport;
  preview: ImportPreview;
  /** With the root folders the user picked as tags. */
  onApply: (rootFolderTags: string[]) => void;
  onCancel: () => void;
}

const say = ({ key, count, substitutions }: CountMessage) => tCount(key, count, substitutions);

export function ImportPreviewView({ fileName, parsed, preview, onApply, onCancel }: ImportPreviewViewProps) {
  const { invalid } = parsed;
  const highlights = parsed.items.reduce((sum, item) => sum + (item.highlights?.length ?? 0), 0);
  const nothingNew = nothingNewMessage(preview);
  const apply = applyMessage(preview);
  const folders = useMemo(() => rootFolders(parsed.items), [parsed]);
  const [chosen, setChosen] = useState<string[]>([]);
  return (
    <div class="import-preview" id="import-preview">
      <h3>{t('optionsImportPreviewHeading', [fileName, IMPORT_FORMAT_NAMES[parsed.format] ?? parsed.format])}</h3>
      <ul class="counts">
        <li data-count="new">{nothingNew ? say(nothingNew) : t('optionsImportNew', preview.new.toLocaleString())}</li>
        <li data-count="in-list">{t('optionsImportDuplicates', preview.inList.toLocaleString())}</li>
        {preview.repeated > 0 && <li data-count="repeated">{t('optionsImportRepeated', preview.repeated.toLocaleString())}</li>}
        {highlights > 0 && <li data-count="highlights">{t('optionsImportHighlights', highlights.toLocaleString())}</li>}
        <li data-count="invalid">{t('optionsImportInvalid', invalid.length.toLocaleString())}</li>
      </ul>
      <RootFolderChoice folders={folders} chosen={chosen} onChange={setChosen} />
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
        <button type="button" class="primary" id="import-apply" disabled={!apply} onClick={() => onApply(chosen)}>
          {apply ? say(apply) : t('optionsImportNothing')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('optionsCancel')}
        </button>
      </div>
    </div>
  );
}
