import { useState } from 'preact/hooks';
import { t } from '../../src/platform/browser';

const ACCEPT = '.zip,.csv,.json,.html,.htm,application/zip,text/csv,application/json,text/html';

/** A file field inside a drop zone: keyboard users choose, mouse users may also drop. */
export function FilePicker({ onFile, disabled }: { onFile: (file: File) => void; disabled: boolean }) {
  const [over, setOver] = useState(false);
  return (
    <div
      class={`drop-zone${over ? ' over' : ''}`}
      onDragOver={(event) => {
        event.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(event) => {
        event.preventDefault();
        setOver(false);
        const file = event.dataTransfer?.files[0];
        if (file && !disabled) onFile(file);
      }}
    >
      <label for="import-file">{t('optionsImportChoose')}</label>
      <input
        id="import-file"
        type="file"
        accept={ACCEPT}
        disabled={disabled}
        aria-describedby="import-hint"
        onChange={(event) => {
          const file = event.currentTarget.files?.[0];
          event.currentTarget.value = '';
          if (file) onFile(file);
        }}
      />
      <p id="import-hint" class="hint">
        {t('optionsImportHint')}
      </p>
    </div>
  );
}
