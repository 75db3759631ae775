/** Dates and durations as the popup shows them, in the browser's language. */
import { t } from '../../src/platform/browser';

const DATE = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

export function formatDate(value: number | string | null | undefined): string | null {
  if (value === null || value === undefined || value === '') return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : DATE.format(date);
}

export function readingTime(minutes: number | null | undefined): string | null {
  return minutes ? t('clipReadingMinutes', String(minutes)) : null;
}

/** "example.com" for a page without a site name. */
export function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}
