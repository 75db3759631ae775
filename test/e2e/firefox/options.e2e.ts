import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { unzipSync, zipSync } from 'fflate';
import type { ElementHandle, Page } from 'puppeteer-core';
import { ROOT } from '../harness';
import { expectOmnivoreArticleStored } from '../imported';
import { launchFirefox, type FirefoxSession } from './harness';
import { button, waitForText } from './pages';

/** Firefox's own promise-based namespace, present in extension pages. */
declare const browser: typeof chrome;

const IMPORTS = path.join(ROOT, 'test/fixtures/imports');
let session: FirefoxSession;
let page: Page;
let scratch: string;

/** Zips parts of an export fixture into a file the page's file input can take. */
async function exportZip(dir: string, parts: string[]): Promise<string> {
  const files: Record<string, Uint8Array> = {};
  for (const part of parts) files[part] = await readFile(path.join(IMPORTS, dir, part));
  const file = path.join(scratch, `${dir}.zip`);
  await writeFile(file, zipSync(files));
  return file;
}

async function chooseFile(file: string): Promise<void> {
  const input = (await page.$('#import-file')) as ElementHandle<HTMLInputElement>;
  await input.uploadFile(file);
}

function send<T>(message: unknown): Promise<{ ok: boolean; data: T }> {
  return page.evaluate((m) => browser.runtime.sendMessage(m), message);
}

const textOf = (selector: string) => page.$eval(selector, (el) => el.textContent ?? '');
const waitForTotal = (total: string) =>
  page.waitForFunction((t) => document.querySelector('dd[data-stat="total"]')?.textContent === t, {}, total);

beforeAll(async () => {
  [session, scratch] = await Promise.all([launchFirefox(), mkdtemp(path.join(os.tmpdir(), 'quire-firefox-imports-'))]);
  page = await session.openExtensionPage('options/index.html');
  await waitForTotal('0');
});
afterAll(async () => {
  await session?.close();
  await rm(scratch, { recursive: true, force: true });
});

/** Replaces a text field's value the way a user would: select all, type, then Enter or Tab. */
async function retype(selector: string, text: string, key: 'Enter' | 'Tab'): Promise<void> {
  await page.click(selector, { count: 3 });
  await page.keyboard.press('Backspace');
  await page.type(selector, text);
  await page.keyboard.press(key);
}

describe('the options page in Firefox ESR', () => {
  test('settings are saved as they change and survive a reload', async () => {
    await retype('#default-tags', 'Later, news ,later', 'Enter');
    await page.select('#theme', 'sepia');
    if (await page.$eval('#show-badge', (box) => (box as HTMLInputElement).checked)) await page.click('#show-badge');
    await retype('#reader-font-size', '22', 'Tab');
    expect(await page.$eval('html', (html) => html.dataset.theme)).toBe('sepia');
    await session.gotoExtensionPage(page, 'options/index.html?reloaded=1');
    await waitForTotal('0');
    const values = await page.evaluate(() => ({
      tags: document.querySelector<HTMLInputElement>('#default-tags')!.value,
      theme: document.querySelector<HTMLSelectElement>('#theme')!.value,
      badge: document.querySelector<HTMLInputElement>('#show-badge')!.checked,
      size: document.querySelector<HTMLInputElement>('#reader-font-size')!.value,
    }));
    expect(values).toEqual({ tags: 'later, news', theme: 'sepia', badge: false, size: '22' });
    const stored = await page.evaluate(() => browser.storage.local.get('settings'));
    expect(stored.settings).toMatchObject({ defaultTags: ['later', 'news'], theme: 'sepia', showBadge: false, reader: { fontSize: 22 } });
  });

  test('imports a Pocket export zip after showing what will change', async () => {
    await chooseFile(await exportZip('pocket-export', ['part_000000.csv', 'part_000001.csv']));
    await page.waitForSelector('#import-preview');
    expect(await textOf('[data-count="new"]')).toContain('5');
    expect(await textOf('[data-count="duplicates"]')).toContain('0');
    await page.click('#import-apply');
    await page.waitForFunction(() => document.querySelector('#import-status')?.textContent?.includes('Imported: 5 new articles'));
    await waitForTotal('5');
    const tagged = await send<{ title: string; tags: string[]; status: string; savedAt: number }>({
      type: 'articles.byUrl',
      url: 'https://github.com/hoarder-app/hoarder',
    });
    expect(tagged.data).toMatchObject({
      title: 'A self-hostable bookmark app: links, notes and images',
      tags: ['opensource', 'withäumlaut', 'with space'],
      status: 'unread',
      savedAt: 1728576700000,
    });
  });

  test('importing the same file again merges instead of adding', async () => {
    await chooseFile(await exportZip('pocket-export', ['part_000000.csv', 'part_000001.csv']));
    await page.waitForSelector('#import-preview');
    expect(await textOf('[data-count="new"]')).toContain(': 0');
    expect(await textOf('[data-count="duplicates"]')).toContain('5');
    await (await button(page, 'Cancel', '#import-preview')).click();
    await page.waitForFunction(() => !document.querySelector('#import-preview'));
  });

  test('exports the list back as Pocket CSV', async () => {
    await page.select('#export-format', 'pocket-csv');
    const file = await session.download(() => page.click('#export-button'));
    expect(path.basename(file)).toMatch(/^quire-\d{4}-\d{2}-\d{2}\.csv$/);
    const text = await readFile(file, 'utf8');
    const lines = text.trim().split(/\r?\n/);
    expect(lines[0]).toMatch(/^title,url,time_added,tags,status(,|$)/);
    expect(lines).toHaveLength(6);
    expect(text).toContain('https://github.com/hoarder-app/hoarder,1728576700,opensource|withäumlaut|with space,unread');
  });

  test('exports a zip of one Markdown file per article, converted off the page by its worker', async () => {
    await page.select('#export-format', 'markdown-zip');
    const file = await session.download(() => page.click('#export-button'));
    expect(path.basename(file)).toMatch(/^quire-\d{4}-\d{2}-\d{2}\.zip$/);
    const files = unzipSync(await readFile(file));
    const names = Object.keys(files);
    expect(names).toHaveLength(5);
    const texts = names.map((name) => new TextDecoder().decode(files[name]));
    expect(texts.every((text) => text.startsWith('---\ntitle: '))).toBe(true);
    expect(texts.some((text) => text.includes('source: "https://github.com/hoarder-app/hoarder"'))).toBe(true);
  });

  test('a malformed file names the line that broke and changes nothing', async () => {
    await chooseFile(await exportZip('pocket-broken-export', ['part_000000.csv']));
    await page.waitForFunction(() => document.querySelector('#import-status')?.textContent?.includes('part_000000.csv, line 3'));
    expect(await textOf('#import-status')).toContain('Nothing was changed');
    expect(await page.$('#import-preview')).toBeNull();
    expect((await send<unknown>({ type: 'articles.byUrl', url: 'https://example.com/fine' })).data).toBeNull();
    expect(await textOf('dd[data-stat="total"]')).toBe('5');
  });

  test('exports only the current filter when asked', async () => {
    await page.click('#export-scope-filter');
    await page.select('#export-status', 'archived');
    await page.select('#export-format', 'quire-json');
    const file = await session.download(() => page.click('#export-button'));
    const articles = (JSON.parse(await readFile(file, 'utf8')) as { articles: { status: string }[] }).articles;
    expect(articles).toHaveLength(2);
    expect(articles.every((a) => a.status === 'archived')).toBe(true);
    await page.click('#export-scope-all');
  });

  test('delete all asks first, offers an export, then empties the list', async () => {
    await page.click('#delete-all');
    await page.waitForSelector('dialog[open]', { visible: true });
    const backup = await session.download(() => page.click('#delete-export-first'));
    expect((JSON.parse(await readFile(backup, 'utf8')) as { articles: unknown[] }).articles).toHaveLength(5);
    await page.click('#delete-confirm');
    await waitForText(page, /Deleted 5 articles/);
    await waitForTotal('0');
    expect(await page.$('dialog[open]')).toBeNull();
    expect((await send<unknown>({ type: 'articles.byUrl', url: 'https://github.com/hoarder-app/hoarder' })).data).toBeNull();
  });

  test('rows that cannot be imported are listed by line, and the others import', async () => {
    await chooseFile(path.join(IMPORTS, 'pocket-invalid-rows.csv'));
    await page.waitForSelector('#import-preview');
    expect(await textOf('[data-count="new"]')).toContain('2');
    expect(await textOf('[data-count="invalid"]')).toContain('4');
    expect(await page.$$eval('.problems li', (items) => items.map((li) => li.textContent))).toEqual([
      expect.stringMatching(/^line 3, field url: /),
      expect.stringMatching(/^line 4, field url: /),
      expect.stringMatching(/^line 5, field time_added: /),
      expect.stringMatching(/^line 8: /),
    ]);
    await page.click('#import-apply');
    await page.waitForFunction(() => document.querySelector('#import-status')?.textContent?.includes('Imported: 2 new articles'));
    await waitForTotal('2');
  });

  test('an Omnivore export brings its bodies, sanitized before they are stored', async () => {
    await chooseFile(
      await exportZip('omnivore-export', [
        'metadata_0_to_3.json',
        'metadata_3_to_4.json',
        'content/local-first-software-190a6e2f1c3.html',
        'content/quartz-heron-notes-190a6e2f1c4.html',
      ]),
    );
    await page.waitForSelector('#import-preview');
    expect(await textOf('#import-preview h3')).toContain('Omnivore');
    await page.click('#import-apply');
    await page.waitForFunction(() => document.querySelector('#import-status')?.textContent?.includes('Imported:'));
    await expectOmnivoreArticleStored(send);
  });

  test('nothing reached the tripwire proxy', () => {
    expect(session.tripwire.hits).toEqual([]);
  });
});
