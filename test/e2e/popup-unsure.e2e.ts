/**
 * A page Quire is unsure of (it shows one story while its JSON-LD holds another, as
 * strong: test/fixtures/pages/two-stories.html): the popup says so, offers the other versions (another
 * candidate, the selection, the page text, the link), shows which one Save keeps, and
 * saves that one. A page it is sure of (the seed) says only which version it keeps.
 */
import { beforeEach, describe, expect, test } from 'vitest';
import type { Session } from './driver/session';
import { popupOn } from './popup';
import { article, startAfresh } from './probe';
import { serveSeedPage } from './rewritten-site';
import { BROWSER_TITLE, useSuite } from './suite';

const UNSURE_PAGE = 'pages/two-stories.html';
const suite = useSuite(() => serveSeedPage([UNSURE_PAGE]));
const unsureUrl = () => suite.server.url(UNSURE_PAGE);
/** How the story in the page's own description of itself (its JSON-LD) starts; the page shows another one. */
const ONLY_IN_JSON_LD = 'The town library opened its new reading room on Monday';
const UNSURE = /Quire isn't sure this is the whole article\./;

/** What the body row keeps of the extraction, read straight from IndexedDB. */
function storedExtraction(session: Session, id: string): Promise<unknown> {
  return session.extension(
    (_api, bodyId) =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('quire');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const get = open.result.transaction('bodies').objectStore('bodies').get(bodyId);
          get.onsuccess = () => {
            open.result.close();
            resolve((get.result as { extraction?: unknown } | undefined)?.extraction ?? null);
          };
        };
      }),
    id,
  );
}

/** Chooses a version by its label, as a click on it does. */
const choose = (popup: Awaited<ReturnType<typeof popupOn>>['popup'], label: string) =>
  popup.evaluate((name) => {
    const option = [...document.querySelectorAll<HTMLLabelElement>('.clip__choice label')].find((l) => l.textContent!.startsWith(name));
    if (!option) throw new Error(`No version named ${name}`);
    option.click();
  }, label);

const kept = (popup: Awaited<ReturnType<typeof popupOn>>['popup']) => popup.text('.clip__kept');

beforeEach(() => startAfresh(suite.session));

describe(`a page Quire is unsure of, in ${BROWSER_TITLE}`, () => {
  test('says so, lists the other versions with their word counts, and names the one Save keeps', async () => {
    const { popup, close } = await popupOn(suite.session, unsureUrl());
    await popup.waitForText(UNSURE);
    expect(await kept(popup)).toMatch(/^Keeping: The article as Quire found it · \d+ words$/);
    await popup.waitForText(/Nothing is selected on the page\./);
    const labels = await popup.texts('.clip__choice label');
    expect(labels.map((label) => label.replace(/ · \d+ words?$/, ''))).toEqual([
      'The article as Quire found it',
      'The article as the site describes it',
      'Only what you selected',
      'The page text as it is',
      'Link only',
    ]);
    expect(labels[1]).toMatch(/ · \d+ words$/);
    // Nothing selected: that version cannot be chosen, and says why to screen readers too.
    const selection = '#clip-version-selection';
    expect(await popup.evaluate((s) => document.querySelector<HTMLInputElement>(s)!.disabled, selection)).toBe(true);
    expect(await popup.attr(selection, 'aria-describedby')).toBe('clip-version-selection-why');
    expect(await popup.text('#clip-version-selection-why')).toMatch(/^Nothing is selected on the page\./);
    await close();
  });

  test("choosing the site's own description of the article (from the keyboard) changes the preview, and Save keeps that body", async () => {
    const { popup, close } = await popupOn(suite.session, unsureUrl());
    await popup.waitForText(UNSURE);
    await popup.focus('#clip-version-readability');
    await popup.press('ArrowDown');
    await popup.waitUntil(() => document.querySelector('.clip__kept')?.textContent?.startsWith('Keeping: The article as the site describes it'));
    const words = Number(/· (\d+) words$/.exec(await kept(popup))![1]);
    await popup.button('Save');
    await popup.waitForText(/Saved on /);

    const saved = await article(suite.session, unsureUrl());
    expect(saved.text).toMatch(new RegExp(`^${ONLY_IN_JSON_LD}`));
    expect(saved.text).not.toContain('harbour festival');
    expect(saved.wordCount).toBe(words);
    expect(await storedExtraction(suite.session, saved.id)).toEqual({ confidence: expect.any(Number), used: 'json-ld' });
    await close();
  });

  test('with text selected on the page, "Only what you selected" previews and saves just that', async () => {
    const { popup, close } = await popupOn(suite.session, unsureUrl(), (web) =>
      web.evaluate(() => window.getSelection()!.selectAllChildren(document.querySelector('.story p')!)),
    );
    await popup.waitUntil(() => document.querySelector<HTMLInputElement>('#clip-version-selection')?.disabled === false);
    await choose(popup, 'Only what you selected');
    await popup.waitUntil(() => /^Keeping: Only what you selected · \d+ words$/.test(document.querySelector('.clip__kept')?.textContent ?? ''));
    await popup.button('Save');
    await popup.waitForText(/Saved on /);
    const saved = await article(suite.session, unsureUrl());
    expect(saved.text).toBe('The harbour festival came back on Saturday after two quiet years, and the quay filled with stalls long before the first boats were dressed with flags.');
    expect(await storedExtraction(suite.session, saved.id)).toEqual({ confidence: expect.any(Number), used: 'selection' });
    await close();
  });

  test('"The page text as it is" is read when chosen and previewed; "Link only" then saves the address alone', async () => {
    const { popup, close } = await popupOn(suite.session, unsureUrl());
    await popup.waitForText(UNSURE);
    await choose(popup, 'The page text as it is');
    await popup.waitUntil(() => /^Keeping: The page text as it is · \d+ words$/.test(document.querySelector('.clip__kept')?.textContent ?? ''));
    await choose(popup, 'Link only');
    await popup.waitUntil(() => document.querySelector('.clip__kept')?.textContent === 'Keeping: Link only');
    // No body, so no reading time.
    expect(await popup.count('.clip__facts')).toBe(0);
    await popup.button('Save');
    await popup.waitForText(/Saved on /);
    const saved = await article(suite.session, unsureUrl());
    expect(saved).toMatchObject({ kind: 'link', text: '', title: 'Weekend notes from the town' });
    expect(await storedExtraction(suite.session, saved.id)).toBeNull();
    await close();
  });
});

describe(`a page Quire is sure of (the seed page), in ${BROWSER_TITLE}`, () => {
  test('shows no notice, names the version Save keeps, and has the others one click away', async () => {
    const { popup, close } = await popupOn(suite.session, suite.server.url('extract/seed-page.html'));
    await popup.waitFor('.clip__kept');
    expect(await kept(popup)).toMatch(/^Keeping: .+ · 406 words$/);
    expect(await popup.count('.clip__unsure')).toBe(0);
    expect(await popup.count('.clip__choice')).toBe(0);
    expect(await popup.attr('.clip__versions-toggle', 'aria-expanded')).toBe('false');
    await popup.button('Other versions');
    await popup.waitFor('.clip__choice');
    expect(await popup.attr('.clip__versions-toggle', 'aria-expanded')).toBe('true');
    expect(await popup.texts('.clip__choice label')).toEqual(expect.arrayContaining(['Only what you selected', 'Link only']));
    await close();
  });
});
