/**
 * The saved body, sanitized once more as it is shown (the stored copy may predate a
 * stricter policy, or have come from an import), its images from their stored copies and
 * nothing that would load from the web. Links leave the reader in a new tab that cannot
 * reach back to it (sanitizeForReaderOffline). A note says when images are not stored.
 */
import { useMemo } from 'preact/hooks';
import { t } from '../src/platform/browser';
import { sanitizeForReaderOffline } from '../src/core/sanitize';
import { usePaintMark } from '../src/ui/usePaintMark';

const LABELS = { media: t('readerMediaLink'), embed: (host: string) => t('readerEmbedLink', host) };

export function ArticleBody({ html, images }: { html: string; images: ReadonlyMap<string, string> }) {
  const safe = useMemo(() => sanitizeForReaderOffline(html, window, images, LABELS), [html, images]);
  usePaintMark(true, 'quire:reader-text');
  return (
    <>
      {safe.missing > 0 && <p class="reader-images-note" role="note">{t('readerImagesNotStored', String(safe.missing))}</p>}
      {/* Sanitized just above by sanitizeForReaderOffline (DOMPurify) at render time. */}
      <div class="reader-body" dangerouslySetInnerHTML={{ __html: safe.html }} />
    </>
  );
}
