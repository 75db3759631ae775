/** Date rules shared by readers and writers. */

/**
 * Epoch milliseconds from a file's date cell: unix seconds (or milliseconds, when too large
 * to be seconds) or an ISO 8601 date. An empty cell means the import time; null means unreadable.
 */
export function parseDateCell(raw: string | undefined, now: number): number | null {
  const cell = (raw ?? '').trim();
  if (cell === '' || cell === '0') return now;
  if (/^\d+(\.\d+)?$/.test(cell)) {
    const value = Number(cell);
    return value > 1e11 ? Math.round(value) : Math.round(value * 1000);
  }
  if (!/^\d{4}-\d{2}-\d{2}/.test(cell)) return null;
  const ms = Date.parse(cell);
  return Number.isNaN(ms) ? null : ms;
}

export function unixSeconds(ms: number): number {
  return Math.floor(ms / 1000);
}

/** YYYY-MM-DD in the user's time zone: what they expect in a file name or a list. */
export function localDate(when: Date | number): string {
  const date = new Date(when);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
