/** After a delete: says what went and offers it back for a while (Z does the same). */
import { t } from '../../src/platform/browser';
import { withKey } from './labels';
import { UNDO_KEY } from './keys';

export function UndoBar({ title, onUndo, onDismiss }: { title: string; onUndo: () => void; onDismiss: () => void }) {
  return (
    <div class="undo-bar">
      <span>{t('listDeleted', title)}</span>
      <button type="button" class="small-button" title={withKey(t('listUndo'), UNDO_KEY)} aria-keyshortcuts={UNDO_KEY} onClick={onUndo}>
        {t('listUndo')}
      </button>
      <button type="button" class="icon-button" aria-label={t('listDismiss')} title={t('listDismiss')} onClick={onDismiss}>
        ×
      </button>
    </div>
  );
}
