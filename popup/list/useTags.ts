/** The tags in use, most used first, for the filter chips. */
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { TagCount } from '../../src/protocol';
import { request } from '../../src/ui/client';

/** Asked for once `ready` holds (the first rows are shown), so it never delays them. */
export function useTags(ready: boolean): [TagCount[], () => void] {
  const [tags, setTags] = useState<TagCount[]>([]);
  const refresh = useCallback(() => {
    request({ type: 'tags.list' })
      .then((list) => setTags([...list].sort((a, b) => b.count - a.count || a.tag.localeCompare(b.tag))))
      // The chips are a shortcut; the list itself reports failures.
      .catch(() => undefined);
  }, []);
  useEffect(() => {
    if (ready) refresh();
  }, [ready, refresh]);
  return [tags, refresh];
}
