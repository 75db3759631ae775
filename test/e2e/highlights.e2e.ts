import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, test } from 'vitest';
import { launchBrowser } from './driver/launch';
import type { Session, Tab } from './driver/session';
import { send, startAfresh } from './probe';
import { BODY, CHANGED_BODY, drawnHighlights, PASSAGES, selectInBody } from './highlight-steps';
import { sampleClip } from './reading';
import { BROWSER_TITLE, useSuite } from './suite';

const suite = useSuite();

beforeEach(async () => {
  await startAfresh(suite.session);
});


const save = (html: string, n = 1) => send(suite.session, { type: 'page.save', tabId: 0, mode: 'article', tags: [], clip: sampleClip(n, { html }) });
const highlights = (session: Session, articleId: string) => send(session, { type: 'highlights.list', articleId });

async function openReader(id: string): Promise<Tab> {
  const page = await suite.session.openExtensionPage(`reader/index.html?id=${id}`);
  await page.waitFor('html[data-highlights="ready"] .reader-body');
  return page;
}

const select = (page: Tab, passage: string) => page.evaluate(selectInBody, passage);

const drawn = (page: Tab) => page.evaluate(drawnHighlights);
const panelItems = (page: Tab) => page.texts('.highlight-item .highlight-quote');

async function itemsAre(page: Tab, count: number): Promise<void> {
  await page.waitUntil((n) => document.querySelectorAll('.highlight-item').length === n, count);
}

/** Highlights three passages: one from the toolbar in green, one with H, one with a note. */
async function highlightThree(page: Tab, note: string): Promise<void> {
  await select(page, PASSAGES[0]!);
  await page.waitFor('[role="toolbar"][aria-label="Highlight the selection"]');
  await page.button('Highlight in green');
  await itemsAre(page, 1);
  await select(page, PASSAGES[1]!);
  await page.press('KeyH');
  await itemsAre(page, 2);
  await select(page, PASSAGES[2]!);
  await page.button('Add a note');
  await page.waitUntil(() => document.activeElement?.className === 'highlight-note');
  await page.type(note);
  await page.press('Tab');
}

describe(`highlights in the reader in ${BROWSER_TITLE}`, () => {
  test('three passages and a note are in place after a reload; after the body changes they are placed again or shown as not placed', async () => {
    const { article } = await save(BODY);
    const page = await openReader(article.id);
    await highlightThree(page, 'Two years of detours');
    await expect.poll(async () => (await highlights(suite.session, article.id)).map((h) => h.note)).toContain('Two years of detours');

    await page.gotoExtension(`reader/index.html?id=${article.id}`);
    await itemsAre(page, 3);
    expect(await panelItems(page)).toEqual(PASSAGES);
    expect(await drawn(page)).toMatchObject({ 'quire-green': [PASSAGES[0]], 'quire-yellow': [PASSAGES[1], PASSAGES[2]] });
    expect(await page.evaluate(() => [...document.querySelectorAll('textarea.highlight-note')].map((t) => (t as HTMLTextAreaElement).value))).toEqual(['', '', 'Two years of detours']);
    await page.close();

    const changed = CHANGED_BODY;
    await send(suite.session, { type: 'articles.replaceContent', id: article.id, clip: sampleClip(1, { html: changed }) });
    const after = await openReader(article.id);
    await itemsAre(after, 3);
    const colours = await drawn(after);
    expect(colours['quire-green']).toEqual([PASSAGES[0]]);
    expect(colours['quire-yellow']).toEqual(['cycle lanes will run along Main Street']);
    expect(await after.text('.highlight-item .unplaced')).toBe(`Could not be placed: ${PASSAGES[2]}`);
    expect(await highlights(suite.session, article.id)).toHaveLength(3);
    await after.close();
  });

  test('a highlight clicked in the panel scrolls to it, and one removed comes back with Undo', async () => {
    const { article } = await save(`${'<p>Filler paragraph to scroll past.</p>'.repeat(80)}${BODY}`, 2);
    const page = await openReader(article.id);
    await select(page, PASSAGES[1]!);
    await page.press('KeyH');
    await itemsAre(page, 1);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.button(`Go to “${PASSAGES[1]}” in the article`);
    await page.waitUntil(() => window.scrollY > 500);
    await page.button(`Remove the highlight “${PASSAGES[1]}”`);
    await itemsAre(page, 0);
    await page.button('Undo removing the highlight');
    await itemsAre(page, 1);
    expect(await panelItems(page)).toEqual([PASSAGES[1]]);
    await page.close();
  });

  test('exported as Markdown and Quire JSON, and the JSON imported into a fresh profile: identical highlights', async () => {
    const { article } = await save(BODY, 3);
    const page = await openReader(article.id);
    await highlightThree(page, 'Widen it');
    await expect.poll(async () => (await highlights(suite.session, article.id)).some((h) => h.note === 'Widen it')).toBe(true);
    await page.close();
    const before = await highlights(suite.session, article.id);

    const options = await suite.session.openExtensionPage('options/index.html');
    const exported = async (format: string) => {
      await options.select('#export-format', format);
      return readFile(await suite.session.download(() => options.click('#export-button')), 'utf8');
    };
    const markdown = await exported('markdown');
    expect(markdown).toContain(`  #### Highlights\n\n  > ${PASSAGES[0]}`);
    expect(markdown).toContain(`  > ${PASSAGES[2]}\n\n  **Note:** Widen it`);
    const json = await exported('quire-json');
    await options.close();

    const dir = await mkdtemp(path.join(os.tmpdir(), 'quire-highlights-'));
    const file = path.join(dir, 'quire.json');
    await writeFile(file, json);
    const fresh = await launchBrowser();
    try {
      const importer = await fresh.openExtensionPage('options/index.html');
      await importer.upload('#import-file', file);
      await importer.waitFor('[data-count="highlights"]');
      expect(await importer.text('[data-count="highlights"]')).toBe('Highlights and notes coming in: 3');
      await importer.click('#import-apply');
      await importer.waitForText(/Imported:/);
      expect(await highlights(fresh, article.id)).toEqual(before);
    } finally {
      await Promise.all([fresh.close(), rm(dir, { recursive: true, force: true })]);
    }
  });
});
