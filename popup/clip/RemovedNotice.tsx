/** Shown after Remove: the article is gone from the list, and one click brings it back. */
import { useState } from 'preact/hooks';
import { t } from '../../src/platform/browser';

export function RemovedNotice({ onUndo }: { onUndo: () => Promise<void> }) {
  const [error, setError] = useState<string | null>(null);
  const undo = () => onUndo().catch((failure: Error) => setError(t('clipActionFailed', failure.message)));
  return (
    <div class="clip__removed" role="status">
      <span>{error ?? t('clipRemoved')}</span>
      <button type="button" onClick={() => void undo()}>
        {t('clipUndo')}
      </button>
    </div>
  );
}
