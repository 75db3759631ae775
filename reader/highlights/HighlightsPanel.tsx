/** The side panel: every highlight in reading order with its note; those not placed are listed with their text. */
import { useEffect } from 'preact/hooks';
import { t } from '../../src/platform/browser';
import type { Placed } from './placeHighlights';
import type { HighlightsState } from './useHighlights';

function scrollTo(range: Range): void {
  const rect = range.getBoundingClientRect();
  window.scrollTo({ top: rect.top + window.scrollY - window.innerHeight / 3, behavior: 'smooth' });
  const selection = document.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range.cloneRange());
}

function Item({ placed, state }: { placed: Placed; state: HighlightsState }) {
  const { highlight, range } = placed;
  const noteId = `highlight-note-${highlight.id}`;
  return (
    <li class={`highlight-item item-${highlight.color}`} data-highlight-id={highlight.id}>
      {range ? (
        <button type="button" class="highlight-quote" onClick={() => scrollTo(range)} aria-label={t('highlightsGoTo', highlight.quote.exact)}>
          {highlight.quote.exact}
        </button>
      ) : (
        <p class="highlight-quote unplaced">
          <strong class="highlight-unplaced">{t('highlightsUnplaced')}</strong> {highlight.quote.exact}
        </p>
      )}
      <label class="visually-hidden" for={noteId}>{t('highlightsNoteLabel')}</label>
      <textarea
        id={noteId}
        class="highlight-note"
        rows={2}
        placeholder={t('highlightsNotePlaceholder')}
        value={highlight.note}
        onChange={(event) => void state.change(highlight.id, { note: (event.target as HTMLTextAreaElement).value })}
      />
      <button type="button" class="reader-button highlight-remove" onClick={() => void state.remove(highlight.id)} aria-label={t('highlightsRemoveOne', highlight.quote.exact)}>
        {t('highlightsRemove')}
      </button>
    </li>
  );
}

export function HighlightsPanel({ state, noteFor }: { state: HighlightsState; noteFor: string | null }) {
  useEffect(() => {
    if (noteFor) document.getElementById(`highlight-note-${noteFor}`)?.focus();
  }, [noteFor, state.placed.length]);
  if (state.placed.length === 0 && !state.undoRemove) return null;
  return (
    <aside class="highlights-panel" aria-labelledby="highlights-heading">
      <h2 id="highlights-heading">{t('highlightsHeading', String(state.placed.length))}</h2>
      {state.undoRemove && (
        <button type="button" class="reader-button" onClick={() => void state.undoRemove?.()}>{t('highlightsUndo')}</button>
      )}
      <ol class="highlights-list">
        {state.placed.map((placed) => <Item key={placed.highlight.id} placed={placed} state={state} />)}
      </ol>
    </aside>
  );
}
