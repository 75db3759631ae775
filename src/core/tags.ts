/** Tag rules shared by the popup, storage and imports. */

export const MAX_TAG_LENGTH = 40;

/** Lower-case, trimmed, inner whitespace collapsed; empty when nothing usable is left. */
export function normalizeTag(raw: string): string {
  return raw
    .normalize('NFC')
    .replace(/[\s,]+/g, ' ')
    .trim()
    .toLowerCase()
    .slice(0, MAX_TAG_LENGTH)
    .trim();
}

/** Normalized, de-duplicated, in first-seen order. */
export function normalizeTags(raw: Iterable<string>): string[] {
  const seen = new Set<string>();
  for (const tag of raw) {
    const clean = normalizeTag(tag);
    if (clean) seen.add(clean);
  }
  return [...seen];
}

export function mergeTags(a: readonly string[], b: readonly string[]): string[] {
  return normalizeTags([...a, ...b]);
}
