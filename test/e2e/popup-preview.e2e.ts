import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchChromium, type ExtensionSession } from './harness';
import { startFixtureServer, type FixtureServer } from './server';
import { openPopupOn, openProbe, type ExtensionProbe } from './clip-helpers';
import { BYLINE_PAGES } from './preview-pages';

let session: ExtensionSession;
let server: FixtureServer;
let probe: ExtensionProbe;

beforeAll(async () => {
  [session, server] = await Promise.all([launchChromium(), startFixtureServer()]);
  ({ probe } = await openProbe(session));
});
afterAll(async () => {
  await Promise.all([session?.close(), server?.close()]);
});

describe('what the popup previews', () => {
  test('a page holding only a navigation list says it found no article and offers the link or the page text', async () => {
    const { page, popup } = await openPopupOn(session, probe, server.url('pages/site-index.html'));
    await popup.getByText('Quire found no article on this page.', { exact: false }).waitFor();
    await expect(popup.getByRole('button', { name: 'Save link only' }).isVisible()).resolves.toBe(true);
    await expect(popup.getByRole('button', { name: 'Save the page text as it is' }).isVisible()).resolves.toBe(true);
    await expect(popup.getByText(/min read/).count()).resolves.toBe(0);
    await Promise.all([page.close(), popup.close()]);
  });

  test.each(BYLINE_PAGES)('%s: the excerpt is the first paragraph of prose, not the byline "%s"', async (page, byline, prose) => {
    const opened = await openPopupOn(session, probe, server.url(`pages/${page}`));
    const excerpt = opened.popup.locator('.clip__excerpt');
    await excerpt.waitFor();
    const text = await excerpt.textContent();
    expect(text).toMatch(prose);
    expect(text).not.toContain(byline);
    await Promise.all([opened.page.close(), opened.popup.close()]);
  });
});
