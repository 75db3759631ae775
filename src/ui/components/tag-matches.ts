/** Which known tags the autocomplete offers for what is typed. */
import { normalizeTag } from '../../core/tags';

const MAX_MATCHES = 6;

/** Tags starting with the typed text first, then tags containing it; chosen tags left out. */
export function matchingTags(known: readonly string[], typed: string, chosen: readonly string[]): string[] {
  const query = normalizeTag(typed);
  if (!query) return [];
  const available = known.filter((tag) => !chosen.includes(tag));
  const starts = available.filter((tag) => tag.startsWith(query));
  const contains = available.filter((tag) => !tag.startsWith(query) && tag.includes(query));
  return [...starts, ...contains].slice(0, MAX_MATCHES);
}
