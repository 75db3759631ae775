/** The one server's host permission, asked for at the click that needs it. */
import { browser } from '../../src/platform/browser';
import { serverPattern } from './form';

/**
 * Call first thing in a click handler (browsers require a user gesture, and Firefox refuses a
 * request made after an await); true when the browser grants, or already granted, that server.
 */
export function requestServerAccess(url: string): Promise<boolean> {
  return browser.permissions.request({ origins: [serverPattern(url)] });
}
