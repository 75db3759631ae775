/**
 * Leaves a performance mark once `ready` first holds and the frame showing it has been
 * produced, unless the page left it already (the popup's snapshot leaves its first rows'
 * mark); the UI benchmark reads it, and a user never sees it.
 */
import { useLayoutEffect, useRef } from 'preact/hooks';
import { afterPaint } from './after-paint';

export function usePaintMark(ready: boolean, name: string): void {
  const done = useRef(false);
  // A layout effect runs as soon as the DOM holds the content.
  useLayoutEffect(() => {
    if (!ready || done.current) return;
    done.current = true;
    afterPaint(() => void (performance.getEntriesByName(name).length || performance.mark(name)));
  }, [ready, name]);
}
