/**
 * The article's highlights in the reader: loaded once the body is shown, placed in its
 * text, drawn, and changed through the background (the only writer).
 */
import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import { describeRange } from '../../src/core/highlights/describe';
import type { Highlight, HighlightColor } from '../../src/core/highlights/types';
import { t } from '../../src/platform/browser';
import { request } from '../../src/ui/client';
import { afterPaint } from '../../src/ui/after-paint';
import { paintHighlights } from './paint';
import { placeHighlights, type Placed } from './placeHighlights';
import { textMap, type TextMap } from '../textMap';

export interface HighlightsState {
  placed: Placed[];
  map: TextMap | null;
  add: (start: number, end: number, color: HighlightColor) => Promise<Highlight | null>;
  change: (id: string, change: { color?: HighlightColor; note?: string }) => Promise<void>;
  remove: (id: string) => Promise<void>;
  undoRemove: (() => Promise<void>) | null;
}

export function useHighlights(articleId: string, root: HTMLElement | null, onStatus: (message: string) => void): HighlightsState {
  const [highlights, setHighlights] = useState<Highlight[] | null>(null);
  const [removed, setRemoved] = useState<Highlight | null>(null);
  const [map, setMap] = useState<TextMap | null>(null);

  useEffect(() => {
    if (!root) return;
    setMap(textMap(root));
    request({ type: 'highlights.list', articleId }).then(
      // A highlight made while the list was on its way is kept, not overwritten by the older answer.
      (loaded) => setHighlights((made) => [...loaded, ...(made ?? []).filter((one) => !loaded.some((old) => old.id === one.id))]),
      (error: Error) => onStatus(t('highlightsLoadFailed', error.message)),
    );
  }, [articleId, root, onStatus]);

  // Says when the keys and the toolbar can act on a selection: the text is mapped and the stored highlights are in.
  useEffect(() => {
    if (map && highlights) document.documentElement.dataset.highlights = 'ready';
  }, [map, highlights !== null]);

  const placed = useMemo(() => (map && highlights ? placeHighlights(map, highlights) : []), [map, highlights]);
  useEffect(() => {
    if (!highlights) return;
    paintHighlights(placed.flatMap(({ highlight, range }) => (range ? [{ color: highlight.color, range }] : [])));
    // For the UI benchmark: the frame that shows the highlights.
    afterPaint(() => performance.mark('quire:reader-highlights'));
  }, [placed, highlights]);

  const act = useCallback(
    async <T,>(work: () => Promise<T>, done: string): Promise<T | null> => {
      try {
        const value = await work();
        onStatus(done);
        return value;
      } catch (error) {
        onStatus(t('highlightsActionFailed', (error as Error).message));
        return null;
      }
    },
    [onStatus],
  );

  const replace = (next: Highlight) => setHighlights((all) => (all ?? []).map((one) => (one.id === next.id ? next : one)));
  return {
    placed,
    map,
    add: async (start, end, color) => {
      if (!map) return null;
      const made = await act(() => request({ type: 'highlights.add', articleId, color, note: '', target: describeRange(map.text, start, end) }), t('highlightsAdded'));
      if (made) setHighlights((all) => [...(all ?? []), made]);
      return made;
    },
    change: async (id, change) => {
      const next = await act(() => request({ type: 'highlights.update', id, ...change }), t(change.note === undefined ? 'highlightsColorChanged' : 'highlightsNoteSaved'));
      if (next) replace(next);
    },
    remove: async (id) => {
      const gone = await act(() => request({ type: 'highlights.remove', id }), t('highlightsRemoved'));
      if (!gone) return;
      setHighlights((all) => (all ?? []).filter((one) => one.id !== id));
      setRemoved(gone);
    },
    undoRemove: removed
      ? async () => {
          const back = await act(() => request({ type: 'highlights.restore', highlight: removed }), t('highlightsRestored'));
          if (back) setHighlights((all) => [...(all ?? []), back]);
          setRemoved(null);
        }
      : null,
  };
}
