/** The user's existing tags, most used first, for the tag field's autocomplete. */
import { useEffect, useState } from 'preact/hooks';
import { request } from '../client';

export function useKnownTags(): string[] {
  const [known, setKnown] = useState<string[]>([]);
  useEffect(() => {
    // Without the list of tags the field still works; it only offers no completions.
    request({ type: 'tags.list' }).then(
      (counts) => setKnown([...counts].sort((a, b) => b.count - a.count).map((c) => c.tag)),
      () => undefined,
    );
  }, []);
  return known;
}
