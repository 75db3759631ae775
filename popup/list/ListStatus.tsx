/** Above the rows: how many articles match, or what went wrong and how to try again. */
import { t } from '../../src/platform/browser';
import { tCount } from '../../src/ui/count-message';
import type { ListState } from './useArticleList';

export function ListStatus({ state, onRetry }: { state: ListState; onRetry: () => void }) {
  if (state.error) {
    return (
      <div class="list-error" role="alert">
        <p>{t('listLoadFailed', state.error)}</p>
        <button type="button" class="small-button" onClick={onRetry}>{t('listRetry')}</button>
      </div>
    );
  }
  if (!state.shownFor || state.total === 0) return null;
  return <p class="list-count">{tCount('listCount', state.total)}</p>;
}
