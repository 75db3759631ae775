/**
 * The popup's reading list: newest first, a page of rows at a time (the next page loads
 * as the end scrolls into view), with search, filters, sort and an action per key.
 */
import { useCallback, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { t } from '../../src/platform/browser';
import type { ArticleMeta } from '../../src/core/article';
import { EmptyState } from './EmptyState';
import { Filters } from './Filters';
import { ListStatus } from './ListStatus';
import { LoadMore } from './LoadMore';
import { MemoRow } from './MemoRow';
import { SearchBox } from './SearchBox';
import { UndoBar } from './UndoBar';
import type { RowAction } from './keys';
import { DEFAULT_PARAMS, isFirstView, isUnfiltered, type ListParams } from './query';
import { useArticleList } from './useArticleList';
import { useGlobalKeys } from './useGlobalKeys';
import { useListSnapshot } from './useListSnapshot';
import { usePaintMark } from '../../src/ui/usePaintMark';
import { takeTyped } from '../../src/ui/snapshot/paint';
import { useRowActions } from './useRowActions';
import { useRowKeys } from './useRowKeys';
import { useTags } from './useTags';
import { useWarmSearch } from './useWarmSearch';
import './list.css';

export function ListView() {
  const [typed] = useState(() => takeTyped(document.getElementById('app')));
  const [params, setParams] = useState<ListParams>(typed ? { ...DEFAULT_PARAMS, query: typed } : DEFAULT_PARAMS);
  const { state, loadMore, update, drop, reload } = useArticleList(params);
  const [tags, refreshTags] = useTags(state.shownFor !== null);
  useWarmSearch(state.shownFor !== null);
  const [message, setMessage] = useState('');
  const announce = useCallback((text: string) => setMessage(text), []);
  const list = useMemo(() => ({ update, drop, reload, refreshTags }), [update, drop, reload, refreshTags]);
  const actions = useRowActions(list, announce);
  const search = useRef<HTMLInputElement>(null);
  const change = useCallback((patch: Partial<ListParams>) => setParams((p) => ({ ...p, ...patch })), []);
  const rowKeys = useRowKeys(state.items, actions.run);
  const { run, saveTags } = actions;
  const onAction = useCallback((action: RowAction, meta: ArticleMeta) => void run(action, meta), [run]);
  const onTagsDone = useCallback((meta: ArticleMeta, next: string[] | null) => void saveTags(meta, next), [saveTags]);
  useGlobalKeys(search, actions.undo ? actions.undoRemove : null);
  useLayoutEffect(() => void (typed !== null && search.current?.focus()), [typed]);
  // First rows (unless the snapshot showed them already), then the list that answers.
  usePaintMark(state.shownFor !== null, 'quire:list-rows');
  usePaintMark(state.shownFor !== null, 'quire:list-live');
  const atRest = !state.loading && !state.error && !actions.undo && !actions.editing;
  useListSnapshot(atRest && isFirstView(params) && state.shownFor !== null && isFirstView(state.shownFor), state.items);

  const { items, shownFor } = state;
  return (
    <div class="list-view">
      <div class="list-top">
        <SearchBox value={params.query} inputRef={search} onChange={(query) => change({ query })} onLeave={() => rowKeys.focusRow(0)} />
        <Filters params={params} tags={tags} onChange={change} />
      </div>
      <div class="list-scroll" aria-busy={state.loading} data-shown-query={shownFor?.query}>
        <ListStatus state={state} onRetry={reload} />
        {shownFor && items.length === 0 && !state.error && (
          <EmptyState newUser={isUnfiltered(shownFor)} onClear={() => setParams(DEFAULT_PARAMS)} />
        )}
        {items.length > 0 && (
          <ul ref={rowKeys.list} class="rows" aria-label={t('listRowsLabel')} onKeyDown={rowKeys.onKeyDown}>
            {items.map((meta, index) => (
              <MemoRow
                key={meta.id}
                meta={meta}
                index={index}
                focusable={index === rowKeys.active}
                editingTags={actions.editing === meta.id}
                onFocusRow={rowKeys.setActive}
                onAction={onAction}
                onTagsDone={onTagsDone}
              />
            ))}
          </ul>
        )}
        {state.nextCursor && <LoadMore onLoad={loadMore} />}
      </div>
      {actions.undo && <UndoBar title={actions.undo.title} onUndo={actions.undoRemove} onDismiss={actions.dismissUndo} />}
      <div class="visually-hidden" role="status" aria-live="polite">{message}</div>
    </div>
  );
}
