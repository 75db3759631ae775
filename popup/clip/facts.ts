/** Byline, published date and reading time, one line: the preview and the "Saved on" panel show the same. */
import { t } from '../../src/platform/browser';
import { formatDate, readingTime } from '../../src/ui/format';

interface Facts {
  byline: string | null;
  publishedTime: string | null;
  readingMinutes: number | null;
}

export function factsLine({ byline, publishedTime, readingMinutes }: Facts): string {
  const published = formatDate(publishedTime);
  return [byline, published && t('clipPublished', published), readingTime(readingMinutes)].filter(Boolean).join(' · ');
}
