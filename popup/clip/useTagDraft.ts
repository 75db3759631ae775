/** Chosen tags plus the text still being typed, so a Save keeps both. */
import { useState } from 'preact/hooks';
import { normalizeTags } from '../../src/core/tags';

export function useTagDraft(initial: string[]) {
  const [tags, setTags] = useState(initial);
  const [draft, setDraft] = useState('');
  return { tags, setTags, setDraft, all: () => normalizeTags([...tags, draft]) };
}
