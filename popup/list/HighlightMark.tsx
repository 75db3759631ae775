/** The row's marker for an article with highlights, with how many. */
import { tCount } from '../../src/ui/count-message';

export function HighlightMark({ count }: { count: number }) {
  const text = tCount('listHighlights', count);
  return (
    <span class="row-highlights" title={text} aria-label={text}>
      <span class="row-highlights-swatch" aria-hidden="true" />
      {count}
    </span>
  );
}
