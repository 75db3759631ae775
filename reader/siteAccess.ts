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

/**
 * Must be called straight from the click: permissions.request needs the user's gesture.
 * The pattern leaves out the port: Firefox never counts a pattern with a port as granted
 * (it would ask every time, even for a site already allowed), and without one it covers
 * every port in both browsers.
 */
export function askForSite(url: string): Promise<boolean> {
  const { protocol, hostname } = new URL(url);
  return browser.permissions.request({ origins: [`${protocol}//${hostname}/*`] });
}
