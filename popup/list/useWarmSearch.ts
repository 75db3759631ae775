/**
 * Once the first rows are shown, asks the background to load the search index: never
 * between the popup opening and its rows, and ready before the first keystroke in most opens.
 */
import { useEffect } from 'preact/hooks';
import { request } from '../../src/ui/client';

export function useWarmSearch(rowsShown: boolean): void {
  useEffect(() => {
    // A failure shows at the first search, which loads the index itself.
    if (rowsShown) request({ type: 'search.warm' }).catch(() => undefined);
  }, [rowsShown]);
}
