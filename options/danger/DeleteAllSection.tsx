import { useRef, useState } from 'preact/hooks';
import { t } from '../../src/platform/browser';
import { request } from '../../src/ui/client';
import { tCount } from '../../src/ui/count-message';
import { forgetSnapshot } from '../../src/ui/snapshot/store';
import { buildExport, downloadFile } from '../export/export-file';

/** Deleting everything asks first, in a modal dialog that offers a full Quire JSON export before it. */
export function DeleteAllSection({ onDeleted }: { onDeleted: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ text: string; error: boolean; inDialog: boolean } | null>(null);
  const open = () => {
    setMessage(null);
    dialog.current?.showModal();
  };
  const exportFirst = async () => {
    try {
      const file = await buildExport('quire-json', {}, new Date());
      downloadFile(file);
      setMessage({ text: tCount('optionsExportDone', file.count, [file.fileName]), error: false, inDialog: true });
    } catch (error) {
      setMessage({ text: t('optionsExportFailed', (error as Error).message), error: true, inDialog: true });
    }
  };
  const deleteAll = async () => {
    setBusy(true);
    try {
      const { removed } = await request({ type: 'data.deleteAll' });
      forgetSnapshot();
      dialog.current?.close();
      setMessage({ text: t('optionsDeleteDone', String(removed)), error: false, inDialog: false });
      onDeleted();
    } catch (error) {
      setMessage({ text: t('optionsDeleteFailed', (error as Error).message), error: true, inDialog: true });
    } finally {
      setBusy(false);
    }
  };
  return (
    <section aria-labelledby="danger-heading" class="danger">
      <h2 id="danger-heading">{t('optionsDangerHeading')}</h2>
      <p class="hint">{t('optionsDeleteHint')}</p>
      <button type="button" class="danger-button" id="delete-all" onClick={open}>
        {t('optionsDeleteAll')}
      </button>
      <p role="status" id="delete-status" class={`message ${message?.error ? 'error' : ''}`}>
        {message && !message.inDialog ? message.text : ''}
      </p>
      <dialog ref={dialog} aria-labelledby="delete-dialog-title" aria-describedby="delete-dialog-text">
        <h3 id="delete-dialog-title">{t('optionsDeleteConfirmTitle')}</h3>
        <p id="delete-dialog-text">{t('optionsDeleteConfirmText')}</p>
        <p role="status" class={`message ${message?.error ? 'error' : ''}`}>
          {message?.inDialog ? message.text : ''}
        </p>
        <div class="actions">
          <button type="button" id="delete-export-first" onClick={exportFirst}>
            {t('optionsDeleteExportFirst')}
          </button>
          <button type="button" class="danger-button" id="delete-confirm" disabled={busy} onClick={deleteAll}>
            {t('optionsDeleteConfirm')}
          </button>
          <button type="button" autofocus onClick={() => dialog.current?.close()}>
            {t('optionsCancel')}
          </button>
        </div>
      </dialog>
    </section>
  );
}
