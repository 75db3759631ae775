/**
 * The saved body, sanitized once more as it is shown (the stored copy may predate a
 * stricter policy, or have come from an import). Links leave the reader in a new tab
 * that cannot reach back to it (sanitizeForReader).
 */
import { useMemo } from 'preact/hooks';
import { sanitizeForReader } from '../src/core/sanitize';
import { usePaintMark } from '../src/ui/usePaintMark';

export function ArticleBody({ html }: { html: string }) {
  const safe = useMemo(() => sanitizeForReader(html, window), [html]);
  usePaintMark(true, 'quire:reader-text');
  // Sanitized just above by sanitizeForReader (DOMPurify) at render time.
  return <div class="reader-body" dangerouslySetInnerHTML={{ __html: safe }} />;
}
