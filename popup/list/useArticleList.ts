/** The rows on screen for the current filter, sort and search, loaded a page at a time. */
import { useCallback, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { ArticleMeta } from '../../src/core/article';
import { request } from '../../src/ui/client';
import { coalesce } from './coalesce';
import { takeFirstPage } from './firstPage';
import { stillMatches, toListQuery, type ListParams } from './query';

export interface ListState {
  items: ArticleMeta[];
  total: number;
  nextCursor: string | null;
  /** The params these items answer; null before the first answer. */
  shownFor: ListParams | null;
  loading: boolean;
  error: string | null;
}

const INITIAL: ListState = { items: [], total: 0, nextCursor: null, shownFor: null, loading: true, error: null };

/** The first page when the popup read it before mounting, so the first frame shows the rows. */
function initialState(params: ListParams): ListState {
  const page = takeFirstPage(params);
  return page ? { items: page.items, total: page.total, nextCursor: page.nextCursor, shownFor: params, loading: false, error: null } : INITIAL;
}

export function useArticleList(params: ListParams) {
  const [state, setState] = useState<ListState>(() => initialState(params));
  const shownAtMount = useRef(state.shownFor);
  const paramsRef = useRef(params);
  paramsRef.current = params;

  const fetchFirst = useMemo(
    () =>
      coalesce(async (asked: ListParams) => {
        try {
          const page = await request({ type: 'articles.list', query: toListQuery(asked) });
          setState({ items: page.items, total: page.total, nextCursor: page.nextCursor, shownFor: asked, loading: false, error: null });
        } catch (error) {
          setState((s) => ({ ...s, loading: false, error: (error as Error).message }));
        }
      }),
    [],
  );

  // A layout effect, so the first request leaves before the first paint rather than after it.
  useLayoutEffect(() => {
    if (shownAtMount.current === params) return;
    shownAtMount.current = null;
    setState((s) => (s.loading ? s : { ...s, loading: true }));
    fetchFirst(params);
  }, [params, fetchFirst]);

  const loadingMore = useRef(false);
  const loadMore = useCallback(async () => {
    if (loadingMore.current || !state.nextCursor || !state.shownFor) return;
    loadingMore.current = true;
    const asked = state.shownFor;
    try {
      const page = await request({ type: 'articles.list', query: toListQuery(asked, state.nextCursor) });
      setState((s) => (s.shownFor === asked ? { ...s, items: [...s.items, ...page.items], nextCursor: page.nextCursor } : s));
    } catch (error) {
      setState((s) => ({ ...s, error: (error as Error).message }));
    } finally {
      loadingMore.current = false;
    }
  }, [state.nextCursor, state.shownFor]);

  /** A row changed: show the new version, or drop it when it left the current filter. */
  const update = useCallback((meta: ArticleMeta) => {
    setState((s) => {
      if (stillMatches(meta, paramsRef.current)) return { ...s, items: s.items.map((item) => (item.id === meta.id ? { highlightCount: item.highlightCount, ...meta } : item)) };
      return { ...s, items: s.items.filter((item) => item.id !== meta.id), total: Math.max(0, s.total - 1) };
    });
  }, []);

  const drop = useCallback((id: string) => {
    setState((s) => ({ ...s, items: s.items.filter((item) => item.id !== id), total: Math.max(0, s.total - 1) }));
  }, []);

  const reload = useCallback(() => fetchFirst(paramsRef.current), [fetchFirst]);

  return { state, loadMore, update, drop, reload };
}
