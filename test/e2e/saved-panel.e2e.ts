import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { launchChromium, type ExtensionSession } from './harness';
import { startFixtureServer, type FixtureServer } from './server';
import { openPopupOn, openProbe, type ExtensionProbe } from './clip-helpers';

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

const facts = (popup: Page) => popup.locator('.clip__facts').first().textContent();

describe('the popup on a page already saved', () => {
  test('"Saved on …" shows the published date its preview showed, after the save and when opened again', async () => {
    const url = server.url('pages/byline-first-en.html');
    const first = await openPopupOn(session, probe, url);
    await first.popup.getByRole('button', { name: 'Save', exact: true }).waitFor();
    const previewed = await facts(first.popup);
    expect(previewed).toMatch(/Published \S/);
    const published = /Published [^·]+/.exec(previewed!)![0].trim();
    await first.popup.getByRole('button', { name: 'Save', exact: true }).click();
    await first.popup.getByText(/Saved on /).waitFor();
    await expect(facts(first.popup)).resolves.toContain(published);
    await Promise.all([first.page.close(), first.popup.close()]);

    const again = await openPopupOn(session, probe, url);
    await again.popup.getByText(/Saved on /).waitFor();
    await expect(facts(again.popup)).resolves.toContain(published);
    await Promise.all([again.page.close(), again.popup.close()]);
  });
});
