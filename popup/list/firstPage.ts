/**
 * The list's first page, read straight from IndexedDB (src/storage/first-page.ts), the read
 * the snapshot script started as the page was parsed (firstPageEarly.ts): the first rows
 * wait for no service worker to start, and the popup
 * mounts once they are read, so its first frame shows them. When the database cannot be
 * read that way (not created yet, or an upgrade to run), the list asks the background as
 * for any other page. The popup's entry imports this module first.
 */
import type { ListPage } from '../../src/protocol';
import { opensOnList } from '../view';
import { firstPageEarly } from './firstPageEarly';
import { DEFAULT_PARAMS, type ListParams } from './query';

let read: ListPage | null = null;

/**
 * Settles once the direct read is over, whatever it found (leaving the mark
 * `quire:first-page-read`); at once when the popup opens on the page to clip.
 */
export const firstPageRead: Promise<void> = opensOnList()
  ? firstPageEarly().then((page) => {
      read = page;
      performance.mark('quire:first-page-read');
    })
  : Promise.resolve();

/** The page read for the list's first, default view, once; null for any other view or when there was none. */
export function takeFirstPage(params: ListParams): ListPage | null {
  if (params !== DEFAULT_PARAMS) return null;
  const page = read;
  read = null;
  return page;
}
