/** The list's keyboard shortcuts: one key per row action, shown in each button's title. */
export const ACTION_KEYS = {
  open: 'Enter',
  original: 'o',
  archive: 'e',
  favorite: 's',
  tags: 't',
  remove: 'Delete',
} as const;

/** Brings back the last deleted article while the Undo bar shows. */
export const UNDO_KEY = 'z';

export type RowAction = keyof typeof ACTION_KEYS;

/** The action a key press on a focused row asks for, if any. */
export function actionForKey(event: KeyboardEvent): RowAction | null {
  if (event.ctrlKey || event.metaKey || event.altKey) return null;
  if (event.key === 'Backspace') return 'remove';
  const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
  const found = (Object.keys(ACTION_KEYS) as RowAction[]).find((action) => ACTION_KEYS[action] === key);
  return found ?? null;
}

/** Where arrow, Home and End keys move the row focus; null for other keys. */
export function nextIndex(key: string, current: number, count: number): number | null {
  if (count === 0) return null;
  if (key === 'ArrowDown' || key === 'j') return Math.min(count - 1, current + 1);
  if (key === 'ArrowUp' || key === 'k') return Math.max(0, current - 1);
  if (key === 'Home') return 0;
  if (key === 'End') return count - 1;
  return null;
}
