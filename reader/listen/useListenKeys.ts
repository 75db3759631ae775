/**
 * The reader's listening keys, unless the user is typing: P listen or pause, N next
 * sentence, B previous sentence, + and − speed. Letters go by their place on the
 * keyboard (event.code), so they work in every keyboard layout.
 */
import { useEffect, useRef } from 'preact/hooks';
import { isTyping } from '../../src/ui/typing';

export interface ListenKeyActions {
  toggle: () => void;
  move: (step: number) => void;
  speed: (step: number) => void;
}

export const LISTEN_KEYS = { toggle: 'p', next: 'n', previous: 'b', faster: '+', slower: '-' } as const;

const BY_CODE: Record<string, (actions: ListenKeyActions) => void> = {
  KeyP: (a) => a.toggle(),
  KeyN: (a) => a.move(1),
  KeyB: (a) => a.move(-1),
  Equal: (a) => a.speed(1),
  NumpadAdd: (a) => a.speed(1),
  Minus: (a) => a.speed(-1),
  NumpadSubtract: (a) => a.speed(-1),
};

export function useListenKeys(actions: ListenKeyActions): void {
  const latest = useRef(actions);
  latest.current = actions;
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const action = BY_CODE[event.code];
      if (!action || event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
      event.preventDefault();
      action(latest.current);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
}
