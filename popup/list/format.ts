/** How the list writes sites, dates and reading times. */
import { browser, t } from '../../src/platform/browser';
import type { ArticleMeta } from '../../src/core/article';

export function siteOf(meta: ArticleMeta): string {
  if (meta.siteName) return meta.siteName;
  try {
    return new URL(meta.url).hostname.replace(/^www\./, '');
  } catch {
    return meta.url;
  }
}

export function readingTime(meta: ArticleMeta): string | null {
  return meta.readingMinutes > 0 ? t('listMinutes', String(meta.readingMinutes)) : null;
}

const dateFormat = new Intl.DateTimeFormat(browser.i18n.getUILanguage(), { dateStyle: 'medium' });

export function formatDate(epochMs: number): string {
  return dateFormat.format(new Date(epochMs));
}

/** "Archive (E)": the action's name with the key that does it. */
export function withKey(label: string, key: string): string {
  return `${label} (${key.length === 1 ? key.toUpperCase() : key})`;
}
