/**
 * Popup-wide keys: "/" focuses the search, "z" undoes the last delete, unless the user is typing.
 * Listening from a layout effect, so the keys act from the first frame: the list's first rows can
 * be in it, and a "/" pressed as soon as they show must not be lost.
 */
import { useLayoutEffect } from 'preact/hooks';
import type { RefObject } from 'preact';
import { isTyping } from '../../src/ui/typing';
import { UNDO_KEY } from './keys';

export function useGlobalKeys(search: RefObject<HTMLInputElement>, onUndo: (() => void) | null): void {
  useLayoutEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
      if (event.key === '/') {
        event.preventDefault();
        search.current?.focus();
      } else if (event.key.toLowerCase() === UNDO_KEY && onUndo) {
        event.preventDefault();
        onUndo();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [search, onUndo]);
}
