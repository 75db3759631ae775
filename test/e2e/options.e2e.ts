/** The options page, one tab through the whole file: each scenario starts where the one before left the list. */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { SNAPSHOT_KEY } from '../../src/ui/snapshot/store';
import type { Tab } from './driver/session';
import { expectOmnivoreArticleStored, IMPORTS, scratchFolder, type Scratch } from './imports';
import { reply, storedSettings } from './probe';
import { BROWSER_TITLE, useSuite } from './suite';

const suite = useSuite();
let page: Tab;
let scratch: Scratch;

const send = <T,>(message: unknown) => reply<T>(suite.session, message) as Promise<{ ok: boolean; data: T }>;
const waitForTotal = (total: string) => page.waitUntil((t) => document.querySelector('dd[data-stat="total"]')?.textContent === t, total);
const status = (text: string) => page.waitUntil((t) => document.querySelector('#import-status')?.textContent?.includes(t), text);
const download = async (selector: string) => {
  const file = await suite.session.download(() => page.click(selector));
  return { name: path.basename(file), text: await readFile(file, 'utf8'), file };
};
const POCKET = ['part_000000.csv', 'part_000001.csv'];
const HOARDER = 'https://github.com/hoarder-app/hoarder';

beforeAll(async () => {
  scratch = await scratchFolder();
  page = await suite.session.openExtensionPage('options/index.html');
  await waitForTotal('0');
});
afterAll(async () => {
  await scratch?.close();
});

describe(`the options page in ${BROWSER_TITLE}`, () => {
  test('offers to mark saved pages in every tab, holding no tabs permission until the user asks', async () => {
    expect(await page.text('.badge-access button')).toBe('Mark saved pages in every tab');
    expect(await suite.session.extension((api) => api.permissions.contains({ permissions: ['tabs'] }))).toBe(false);
    await page.setChecked('#show-badge', false);
    await page.waitUntil(() => !document.querySelector('.badge-access'));
    await page.setChecked('#show-badge', true);
    await page.waitFor('.badge-access');
  });

  test('settings are saved as they change and survive a reload', async () => {
    await page.fill('#default-tags', 'Later, news ,later');
    await page.press('Enter');
    await page.select('#theme', 'sepia');
    await page.setChecked('#show-badge', false);
    await page.fill('#reader-font-size', '22');
    await page.press('Tab');
    expect(await page.attr('html', 'data-theme')).toBe('sepia');
    await page.gotoExtension('options/index.html?reloaded=1');
    await waitForTotal('0');
    expect(await page.value('#default-tags')).toBe('later, news');
    expect(await page.value('#theme')).toBe('sepia');
    expect(await page.evaluate(() => document.querySelector<HTMLInputElement>('#show-badge')!.checked)).toBe(false);
    expect(await page.value('#reader-font-size')).toBe('22');
    expect(await storedSettings(suite.session)).toMatchObject({ defaultTags: ['later', 'news'], theme: 'sepia', showBadge: false, reader: { fontSize: 22 } });
  });

  test('imports a Pocket export zip after showing what will change', async () => {
    await page.upload('#import-file', await scratch.zip('pocket-export', POCKET));
    await page.waitFor('#import-preview');
    expect(await page.text('[data-count="new"]')).toContain('5');
    expect(await page.text('[data-count="in-list"]')).toContain('0');
    expect(await page.text('[data-count="invalid"]')).toContain('0');
    expect(await page.text('#import-apply')).toBe('Import 5 articles');
    await page.click('#import-apply');
    await status('Imported: 5 new articles');
    await waitForTotal('5');
    const tagged = await send({ type: 'articles.byUrl', url: HOARDER });
    expect(tagged.data).toMatchObject({ title: 'A self-hostable bookmark app: links, notes and images', tags: ['opensource', 'withäumlaut', 'with space'], status: 'unread', savedAt: 1728576700000 });
    const untitled = await send<{ title: string }>({ type: 'articles.byUrl', url: 'https://example.org/untitled' });
    expect(untitled.data).toMatchObject({ status: 'archived', tags: ['reading'] });
    expect(untitled.data.title).toContain('example.org');
  });

  test('importing the same file again says that nothing is new and offers to update instead of adding', async () => {
    await page.upload('#import-file', await scratch.zip('pocket-export', POCKET));
    await page.waitFor('#import-preview');
    expect(await page.text('[data-count="new"]')).toBe('Nothing new: all 5 articles in this file are already in your list.');
    expect(await page.text('[data-count="in-list"]')).toContain('5');
    expect(await page.text('#import-apply')).toBe('Update 5 articles already in your list');
    await page.button('Cancel', '#import-preview');
    await page.waitUntil(() => !document.querySelector('#import-preview'));
  });

  test('exports the list back as Pocket CSV and as Quire JSON', async () => {
    await page.select('#export-format', 'pocket-csv');
    const csv = await download('#export-button');
    expect(csv.name).toMatch(/^quire-\d{4}-\d{2}-\d{2}\.csv$/);
    const lines = csv.text.trim().split(/\r?\n/);
    expect(lines[0]).toMatch(/^title,url,time_added,tags,status(,|$)/);
    expect(lines).toHaveLength(6);
    expect(csv.text).toContain(`${HOARDER},1728576700,opensource|withäumlaut|with space,unread`);
    expect(csv.text).toMatch(/https:\/\/example\.org\/untitled,1600000000,reading,archive/);

    await page.select('#export-format', 'quire-json');
    const json = await download('#export-button');
    expect(json.name).toMatch(/^quire-\d{4}-\d{2}-\d{2}\.json$/);
    const parsed = JSON.parse(json.text) as { format: string; articles: { url: string }[] };
    expect(parsed.format).toBe('quire');
    expect(parsed.articles.map((a) => a.url)).toContain(HOARDER);
    expect(parsed.articles).toHaveLength(5);
  });

  test('exports a zip of one Markdown file per article, converted off the page by its worker', async () => {
    await page.select('#export-format', 'markdown-zip');
    const zip = await download('#export-button');
    expect(zip.name).toMatch(/^quire-\d{4}-\d{2}-\d{2}\.zip$/);
    const files = unzipSync(await readFile(zip.file));
    const names = Object.keys(files);
    expect(names).toHaveLength(5);
    expect(names.every((name) => name.endsWith('.md'))).toBe(true);
    const texts = names.map((name) => new TextDecoder().decode(files[name]));
    expect(texts.every((text) => text.startsWith('---\ntitle: '))).toBe(true);
    expect(texts.some((text) => text.includes(`source: "${HOARDER}"`))).toBe(true);
  });

  test('exports only the current filter when asked', async () => {
    await page.click('#export-scope-filter');
    await page.select('#export-status', 'archived');
    await page.select('#export-format', 'quire-json');
    const articles = (JSON.parse((await download('#export-button')).text) as { articles: { status: string }[] }).articles;
    expect(articles).toHaveLength(2);
    expect(articles.every((a) => a.status === 'archived')).toBe(true);
    await page.click('#export-scope-all');
  });

  test('a malformed file names the line that broke and changes nothing', async () => {
    await page.upload('#import-file', await scratch.zip('pocket-broken-export', ['part_000000.csv']));
    await status('part_000000.csv, line 3');
    expect(await page.text('#import-status')).toContain('Nothing was changed');
    expect(await page.count('#import-preview')).toBe(0);
    expect((await send({ type: 'articles.byUrl', url: 'https://example.com/fine' })).data).toBeNull();
    expect(await page.text('dd[data-stat="total"]')).toBe('5');
  });

  test("delete all asks first, offers an export, then empties the list and forgets the popup's snapshot of it", async () => {
    const popup = await suite.session.openExtensionPage('popup/index.html?view=list');
    await popup.waitUntil((key) => localStorage.getItem(key) !== null, SNAPSHOT_KEY);
    await popup.close();
    await page.click('#delete-all');
    await page.waitFor('dialog[open]', { visible: true });
    const backup = await download('#delete-export-first');
    expect((JSON.parse(backup.text) as { articles: unknown[] }).articles).toHaveLength(5);
    expect(await page.text('dd[data-stat="total"]')).toBe('5');
    await page.click('#delete-confirm');
    await page.waitUntil(() => document.querySelector('#delete-status')?.textContent?.includes('Deleted 5 articles'));
    await waitForTotal('0');
    expect(await page.count('dialog[open]')).toBe(0);
    expect((await send({ type: 'articles.byUrl', url: HOARDER })).data).toBeNull();
    expect(await page.evaluate((key) => localStorage.getItem(key), SNAPSHOT_KEY)).toBeNull();
  });

  test('rows that cannot be imported are listed by line, and the others import', async () => {
    await page.upload('#import-file', path.join(IMPORTS, 'pocket-invalid-rows.csv'));
    await page.waitFor('#import-preview');
    expect(await page.text('[data-count="new"]')).toContain('2');
    expect(await page.text('[data-count="invalid"]')).toContain('4');
    expect(await page.texts('.problems li')).toEqual([
      expect.stringMatching(/^line 3, field url: /),
      expect.stringMatching(/^line 4, field url: /),
      expect.stringMatching(/^line 5, field time_added: /),
      expect.stringMatching(/^line 8: /),
    ]);
    await page.click('#import-apply');
    await status('Imported: 2 new articles');
    await waitForTotal('2');
  });

  test('an Omnivore export brings its bodies, sanitized before they are stored', async () => {
    const content = ['content/local-first-software-190a6e2f1c3.html', 'content/quartz-heron-notes-190a6e2f1c4.html'];
    await page.upload('#import-file', await scratch.zip('omnivore-export', ['metadata_0_to_3.json', 'metadata_3_to_4.json', ...content]));
    await page.waitFor('#import-preview');
    expect(await page.text('#import-preview h3')).toContain('Omnivore');
    await page.click('#import-apply');
    await status('Imported:');
    await expectOmnivoreArticleStored(send);
  });

  test('a bookmarks file: a link kept in two folders counts once, and "Bookmarks bar" becomes a tag only when ticked', async () => {
    await page.upload('#import-file', path.join(IMPORTS, 'bookmarks.html'));
    await page.waitFor('#import-preview');
    expect(await page.text('[data-count="new"]')).toBe('New articles: 4');
    expect(await page.text('[data-count="in-list"]')).toContain(': 0');
    expect(await page.text('[data-count="repeated"]')).toBe('Repeated inside this file, imported once: 1');
    expect(await page.texts('#import-root-folders label')).toEqual([
      'Tag the 3 bookmarks in “Bookmarks bar” with “bookmarks bar”',
      'Tag the 2 bookmarks in “Other bookmarks” with “other bookmarks”',
    ]);
    expect(await page.text('#import-apply')).toBe('Import 4 articles');
    await page.setChecked('#import-root-folder-0', true);
    await page.click('#import-apply');
    await status('Imported: 4 new articles, 0 merged');
    const tagsOf = async (url: string) => (await send<{ tags: string[] }>({ type: 'articles.byUrl', url })).data.tags;
    expect(await tagsOf('https://developer.mozilla.org/en-US/')).toEqual(['bookmarks bar']);
    expect(await tagsOf('https://example.com/essay')).toEqual(['reading', 'bookmarks bar']);
    expect(await tagsOf('https://example.org/other')).toEqual([]);
  });
});
