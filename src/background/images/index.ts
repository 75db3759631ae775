/** The image saver the worker hands to the saves: the user's caps, the tab's fetcher, the repository. */
import type { Clip } from '../../core/clip';
import { loadSettings } from '../../platform/settings';
import type { Repository } from '../../storage';
import { fetchImages, storeFetched, type PageImageFetcher } from './save-images';

export function imageSaver(repository: Repository, fetchInTab: PageImageFetcher) {
  return async (tabId: number | null, clip: Clip) => {
    const fetched = await fetchImages(fetchInTab, tabId, clip, (await loadSettings()).images);
    return (articleId: string) => storeFetched(repository, articleId, fetched);
  };
}
