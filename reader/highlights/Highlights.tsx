/** Highlighting in the reader: the toolbar on a selection, the keys, the drawing and the side panel. */
import { useEffect, useState } from 'preact/hooks';
import type { HighlightColor } from '../../src/core/highlights/types';
import { t } from '../../src/platform/browser';
import { isTyping } from '../../src/ui/typing';
import { HighlightsPanel } from './HighlightsPanel';
import { selectionTarget, type Target } from './selection';
import { SelectionToolbar } from './SelectionToolbar';
import { useHighlights } from './useHighlights';
import './highlights.css';

/** By their place on the keyboard (event.code), as the listening keys; N and B are listening's. */
const KEYS: Record<string, 'highlight' | 'note' | 'toolbar'> = { KeyH: 'highlight', KeyE: 'note', KeyT: 'toolbar' };

export function Highlights({ articleId, onStatus }: { articleId: string; onStatus: (message: string) => void }) {
  const [root, setRoot] = useState<HTMLElement | null>(null);
  const [target, setTarget] = useState<Target | null>(null);
  const [focusBar, setFocusBar] = useState(false);
  const [noteFor, setNoteFor] = useState<string | null>(null);
  useEffect(() => setRoot(document.querySelector<HTMLElement>('.reader-body')), [articleId]);
  const state = useHighlights(articleId, root, onStatus);

  const close = () => {
    setTarget(null);
    setFocusBar(false);
  };
  const color = async (chosen: HighlightColor, current = target) => {
    if (!current) return null;
    if (current.existing) {
      await state.change(current.existing.highlight.id, { color: chosen });
      return current.existing.highlight.id;
    }
    document.getSelection()?.removeAllRanges();
    close();
    return (await state.add(current.start, current.end, chosen))?.id ?? null;
  };
  const note = async (current = target) => {
    const id = current?.existing?.highlight.id ?? (await color('yellow', current));
    close();
    if (id) setNoteFor(id);
  };

  useEffect(() => {
    if (!root || !state.map) return;
    const map = state.map;
    const update = () => setTarget(selectionTarget(map, root, state.placed));
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
      const action = KEYS[event.code];
      // Only on selected text, so the keys never take a letter from the page otherwise.
      const current = action && !document.getSelection()?.isCollapsed ? selectionTarget(map, root, state.placed) : null;
      if (!action || !current) return;
      event.preventDefault();
      if (action === 'highlight') void color('yellow', current);
      else if (action === 'note') void note(current);
      else {
        setTarget(current);
        setFocusBar(true);
      }
    };
    document.addEventListener('mouseup', update);
    document.addEventListener('keyup', update);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('mouseup', update);
      document.removeEventListener('keyup', update);
      document.removeEventListener('keydown', onKey);
    };
  });

  return (
    <>
      {target && (
        <SelectionToolbar
          target={target}
          focus={focusBar}
          actions={{
            color: (chosen) => void color(chosen),
            note: () => void note(),
            copy: () => {
              void navigator.clipboard.writeText(state.map!.text.slice(target.start, target.end)).then(() => onStatus(t('highlightsCopied')));
            },
            remove: () => {
              if (target.existing) void state.remove(target.existing.highlight.id);
              close();
            },
            close,
          }}
        />
      )}
      <HighlightsPanel state={state} noteFor={noteFor} />
    </>
  );
}
