/** How the pages write sites, dates and reading times, in the browser's language. */
import { browser, t } from '../platform/browser';

const dateFormat = new Intl.DateTimeFormat(browser.i18n.getUILanguage(), { dateStyle: 'medium' });

/** A date as epoch milliseconds or ISO text; null when there is none or it does not parse. */
export function formatDate(value: number | string | null | undefined): string | null {
  if (value === null || value === undefined || value === '') return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : dateFormat.format(date);
}

export function readingTime(minutes: number | null | undefined): string | null {
  return minutes && minutes > 0 ? t('readingMinutes', String(minutes)) : null;
}

/** "example.com" for a page without a site name. */
export function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}

export function siteOf(meta: { siteName: string | null; url: string }): string {
  return meta.siteName || hostOf(meta.url);
}
