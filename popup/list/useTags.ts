/** The tags in use, most used first, for the filter chips. */
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { TagCount } from '../../src/background/protocol';
import { request } from '../../src/ui/client';

export function useTags(): [TagCount[], () => void] {
  const [tags, setTags] = useState<TagCount[]>([]);
  const refresh = useCallback(() => {
    request({ type: 'tags.list' })
      .then((list) => setTags([...list].sort((a, b) => b.count - a.count || a.tag.localeCompare(b.tag))))
      // The chips are a shortcut; the list itself reports failures.
      .catch(() => undefined);
  }, []);
  useEffect(refresh, [refresh]);
  return [tags, refresh];
}
