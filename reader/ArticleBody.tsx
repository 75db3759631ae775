/**
 * The saved body, sanitized once more as it is shown (the stored copy may predate a
 * stricter policy, or have come from an import). Links leave the reader in a new tab
 * that cannot reach back to it.
 */
import { useLayoutEffect, useMemo, useRef } from 'preact/hooks';
import { sanitizeArticleHtml } from '../src/core/sanitize';
import { usePaintMark } from '../src/ui/usePaintMark';

function openLinksOutside(root: HTMLElement): void {
  for (const link of root.querySelectorAll<HTMLAnchorElement>('a[href]')) {
    if (link.getAttribute('href')?.startsWith('#')) continue;
    link.target = '_blank';
    link.rel = 'noopener noreferrer';
  }
}

export function ArticleBody({ html }: { html: string }) {
  const safe = useMemo(() => sanitizeArticleHtml(html, window), [html]);
  const root = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    if (root.current) openLinksOutside(root.current);
  }, [safe]);
  usePaintMark(true, 'quire:reader-text');
  // Sanitized just above by sanitizeArticleHtml (DOMPurify) at render time.
  return <div ref={root} class="reader-body" dangerouslySetInnerHTML={{ __html: safe }} />;
}
