/**
 * The one direct read of the list's first page an open of the popup makes, shared by its two
 * scripts: the snapshot script (popup/snapshot.ts) starts it as the page is parsed, before it
 * paints, so that it runs while the bundle is fetched and evaluated; the bundle
 * (firstPage.ts) takes the same read.
 */
import type { ListPage } from '../../src/protocol';
import { readFirstPage } from '../../src/storage/first-page';
import { PAGE_SIZE } from './query';

declare global {
  interface Window {
    /** Null when the background must answer: no database yet, an upgrade to run, or a failed read. */
    quireFirstPage?: Promise<ListPage | null>;
  }
}

export function firstPageEarly(): Promise<ListPage | null> {
  window.quireFirstPage ??= readFirstPage(PAGE_SIZE).catch(() => null);
  return window.quireFirstPage;
}
