import { useState } from 'preact/hooks';
import type { ExportFilter, TagCount } from '../../src/protocol';
import { t } from '../../src/platform/browser';
import { tCount } from '../../src/ui/count-message';
import { CheckField, SelectField } from '../settings/fields';
import { ProgressBar } from '../ProgressBar';
import { buildExport, downloadFile } from './export-file';
import { ExportFilterFields } from './ExportFilterFields';
import { exportFormats, type ExportChoice } from './formats';
import { buildEpub } from './epub-export';

type Outcome = { kind: 'busy'; progress: number | null } | { kind: 'done'; message: string } | { kind: 'error'; message: string } | null;

export function ExportSection({ tags }: { tags: TagCount[] }) {
  const [format, setFormat] = useState<ExportChoice>('quire-json');
  const [scope, setScope] = useState<'all' | 'filter'>('all');
  const [filter, setFilter] = useState<ExportFilter>({});
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [includeImages, setIncludeImages] = useState(false);
  const run = async () => {
    setOutcome({ kind: 'busy', progress: null });
    try {
      const chosen = scope === 'all' ? {} : filter;
      const file = format === 'epub'
        ? await buildEpub(chosen, new Date(), t('optionsEpubTitle'))
        : await buildExport(format, chosen, new Date(), { includeImages, onProgress: (progress) => setOutcome({ kind: 'busy', progress }) });
      downloadFile(file);
      setOutcome({ kind: 'done', message: tCount('optionsExportDone', file.count, [file.fileName]) });
    } catch (error) {
      setOutcome({ kind: 'error', message: t('optionsExportFailed', (error as Error).message) });
    }
  };
  return (
    <section aria-labelledby="export-heading">
      <h2 id="export-heading">{t('optionsExportHeading')}</h2>
      <SelectField id="export-format" label={t('optionsExportFormat')} value={format} options={exportFormats()} onChange={setFormat} />
      {format === 'quire-json' && <CheckField id="export-images" label={t('optionsExportImages')} checked={includeImages} onChange={setIncludeImages} />}
      <fieldset class="scope">
        <legend>{t('optionsExportScope')}</legend>
        {(['all', 'filter'] as const).map((value) => (
          <div class="field field-check" key={value}>
            <input id={`export-scope-${value}`} type="radio" name="export-scope" checked={scope === value} onChange={() => setScope(value)} />
            <label for={`export-scope-${value}`}>{value === 'all' ? t('optionsExportAll') : t('optionsExportFiltered')}</label>
          </div>
        ))}
      </fieldset>
      {scope === 'filter' && <ExportFilterFields filter={filter} tags={tags} onChange={setFilter} />}
      <button type="button" class="primary" id="export-button" disabled={outcome?.kind === 'busy'} onClick={run}>
        {outcome?.kind === 'busy' ? t('optionsExporting') : t('optionsExportButton')}
      </button>
      {outcome?.kind === 'busy' && <ProgressBar id="export-progress" label={t('optionsExporting')} value={outcome.progress} />}
      <p class={`message ${outcome?.kind === 'error' ? 'error' : ''}`} role="status" id="export-status">
        {outcome && outcome.kind !== 'busy' ? outcome.message : ''}
      </p>
    </section>
  );
}
