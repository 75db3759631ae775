/** Asking for one site at the moment of fetching, and the ways fetching a link-only item can fail. */
import { browser } from '../src/platform/browser';

export type FetchFailure = 'denied' | 'network' | 'http' | 'not-html' | 'no-article';

export class FetchArticleError extends Error {
  constructor(
    readonly reason: FetchFailure,
    detail: string,
  ) {
    super(detail);
  }
}

/** Must be called straight from the click: permissions.request needs the user's gesture. */
export function askForSite(url: string): Promise<boolean> {
  return browser.permissions.request({ origins: [`${new URL(url).origin}/*`] });
}
