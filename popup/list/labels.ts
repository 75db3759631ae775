/**
 * Fixed strings the rows repeat: every row names the same five actions, so each is
 * looked up once rather than on every render of every row.
 */
import { t } from '../../src/platform/browser';

const cache = new Map<string, string>();

export function label(key: string): string {
  let text = cache.get(key);
  if (text === undefined) {
    text = t(key);
    cache.set(key, text);
  }
  return text;
}

/** "Archive (E)": the action's name with the key that does it. */
export function withKey(label: string, key: string): string {
  return `${label} (${key.length === 1 ? key.toUpperCase() : key})`;
}
