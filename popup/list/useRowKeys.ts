/** Keyboard use of the rows: one row in the tab order, arrows move it, letters act on it. */
import { useCallback, useRef, useState } from 'preact/hooks';
import type { ArticleMeta } from '../../src/core/article';
import { actionForKey, nextIndex, type RowAction } from './keys';

export function useRowKeys(items: ArticleMeta[], run: (action: RowAction, meta: ArticleMeta) => void) {
  const [active, setActive] = useState(0);
  // The rows are the list's children in order, so its element finds any of them by index.
  const list = useRef<HTMLUListElement>(null);
  const current = Math.min(active, Math.max(0, items.length - 1));

  const focusRow = useCallback((index: number) => {
    setActive(index);
    (list.current?.children[index] as HTMLElement | undefined)?.focus();
  }, []);

  const onKeyDown = (event: KeyboardEvent) => {
    const onControl = event.target instanceof HTMLElement && event.target.closest('button, input, select, form');
    const next = nextIndex(event.key, current, items.length);
    if (next !== null && !(onControl && event.key.length === 1)) {
      event.preventDefault();
      focusRow(next);
      return;
    }
    const action = actionForKey(event);
    const meta = items[current];
    if (!action || !meta || (onControl && (event.key === 'Enter' || event.key === ' '))) return;
    event.preventDefault();
    run(action, meta);
  };

  return { active: current, setActive, focusRow, list, onKeyDown };
}
