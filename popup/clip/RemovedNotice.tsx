/** Shown after Remove: the article is gone from the list, and one click brings it back. */
import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../src/platform/browser';

export function RemovedNotice({ onUndo }: { onUndo: () => Promise<void> }) {
  const [error, setError] = useState<string | null>(null);
  const undoButton = useRef<HTMLButtonElement>(null);
  // The Remove button that had focus is gone; Undo is the one thing worth reaching next.
  useEffect(() => undoButton.current?.focus(), []);
  const undo = () => onUndo().catch((failure: Error) => setError(t('clipActionFailed', failure.message)));
  return (
    <div class="clip__removed" role="status">
      <span>{error ?? t('clipRemoved')}</span>
      <button type="button" ref={undoButton} onClick={() => void undo()}>
        {t('clipUndo')}
      </button>
    </div>
  );
}
