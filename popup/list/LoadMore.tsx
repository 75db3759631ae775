/** The end of a page of rows: loads the next page when it scrolls into view, or on click. */
import { useEffect, useRef } from 'preact/hooks';
import { t } from '../../src/platform/browser';

export function LoadMore({ onLoad }: { onLoad: () => void }) {
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const target = button.current;
    if (!target) return;
    const observer = new IntersectionObserver((entries) => entries.some((entry) => entry.isIntersecting) && onLoad(), {
      rootMargin: '200px',
    });
    observer.observe(target);
    return () => observer.disconnect();
  }, [onLoad]);
  return (
    <button ref={button} type="button" class="small-button load-more" onClick={onLoad}>
      {t('listLoadMore')}
    </button>
  );
}
