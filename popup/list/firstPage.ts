/**
 * The list's first page, read while the popup's modules are still being evaluated when it
 * opens on the list, straight from IndexedDB (src/storage/first-page.ts): the first rows
 * wait for no service worker to start, and the popup mounts once they are read, so its
 * first frame shows them. When the database cannot be read that way (not created yet, or
 * an upgrade to run), the list asks the background as for any other page. The popup's
 * entry imports this module first.
 */
import type { ListPage } from '../../src/protocol';
import { readFirstPage } from '../../src/storage/first-page';
import { opensOnList } from '../view';
import { DEFAULT_PARAMS, PAGE_SIZE, type ListParams } from './query';

let read: ListPage | null = null;

/**
 * Settles once the direct read is over, whatever it found (leaving the mark
 * `quire:first-page-read`); at once when the popup opens on the page to clip.
 */
export const firstPageRead: Promise<void> = opensOnList()
  ? readFirstPage(PAGE_SIZE)
      .then(
        (page) => void (read = page),
        () => undefined,
      )
      .then(() => void performance.mark('quire:first-page-read'))
  : Promise.resolve();

/** The page read for the list's first, default view, once; null for any other view or when there was none. */
export function takeFirstPage(params: ListParams): ListPage | null {
  if (params !== DEFAULT_PARAMS) return null;
  const page = read;
  read = null;
  return page;
}
