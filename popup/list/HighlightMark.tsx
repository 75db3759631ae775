/** The row's marker for an article with highlights, with how many. */
import { t } from '../../src/platform/browser';

export function HighlightMark({ count }: { count: number }) {
  const text = t(count === 1 ? 'listHighlightsOne' : 'listHighlightsMany', String(count));
  return (
    <span class="row-highlights" title={text} aria-label={text}>
      <span class="row-highlights-swatch" aria-hidden="true" />
      {count}
    </span>
  );
}
