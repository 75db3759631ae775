import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { unzipSync, zipSync } from 'fflate';
import type { Download, Page } from 'playwright-core';
import { launchChromium, ROOT, type ExtensionSession } from './harness';
import { expectOmnivoreArticleStored } from './imported';

const POCKET = path.join(ROOT, 'test/fixtures/imports');
let session: ExtensionSession;
let page: Page;

async function exportZip(dir: string, parts: string[]): Promise<Buffer> {
  const files: Record<string, Uint8Array> = {};
  for (const part of parts) files[part] = await readFile(path.join(POCKET, dir, part));
  return Buffer.from(zipSync(files));
}

function send<T>(message: unknown): Promise<{ ok: boolean; data: T }> {
  return page.evaluate((m) => chrome.runtime.sendMessage(m), message);
}

async function downloadText(start: () => Promise<void>): Promise<{ name: string; text: string }> {
  const [download] = (await Promise.all([page.waitForEvent('download'), start()])) as [Download, void];
  return { name: download.suggestedFilename(), text: await readFile((await download.path())!, 'utf8') };
}

const totalShown = () => page.locator('dd[data-stat="total"]');

beforeAll(async () => {
  session = await launchChromium();
  page = await session.openExtensionPage('options/index.html');
  await totalShown().waitFor();
});
afterAll(async () => {
  await session?.close();
});

describe('the options page', () => {
  test('offers to mark saved pages in every tab, holding no tabs permission until the user asks', async () => {
    await expect(page.locator('.badge-access button').textContent()).resolves.toBe('Mark saved pages in every tab');
    expect(await page.evaluate(() => chrome.permissions.contains({ permissions: ['tabs'] }))).toBe(false);
    await page.uncheck('#show-badge');
    await page.locator('.badge-access').waitFor({ state: 'detached' });
    await page.check('#show-badge');
    await page.locator('.badge-access').waitFor();
  });

  test('settings are saved as they change and survive a reload', async () => {
    await page.fill('#default-tags', 'Later, news ,later');
    await page.press('#default-tags', 'Enter');
    await page.selectOption('#theme', 'sepia');
    await page.uncheck('#show-badge');
    await page.fill('#reader-font-size', '22');
    await page.press('#reader-font-size', 'Tab');
    expect(await page.getAttribute('html', 'data-theme')).toBe('sepia');
    await page.reload();
    await totalShown().waitFor();
    expect(await page.inputValue('#default-tags')).toBe('later, news');
    expect(await page.inputValue('#theme')).toBe('sepia');
    expect(await page.isChecked('#show-badge')).toBe(false);
    expect(await page.inputValue('#reader-font-size')).toBe('22');
    const stored = await page.evaluate(() => chrome.storage.local.get('settings'));
    expect(stored.settings).toMatchObject({ defaultTags: ['later', 'news'], theme: 'sepia', showBadge: false, reader: { fontSize: 22 } });
  });

  test('imports a Pocket export zip after showing what will change', async () => {
    const zip = await exportZip('pocket-export', ['part_000000.csv', 'part_000001.csv']);
    await page.setInputFiles('#import-file', { name: 'pocket-export.zip', mimeType: 'application/zip', buffer: zip });
    await page.locator('#import-preview').waitFor();
    expect(await page.locator('[data-count="new"]').textContent()).toContain('5');
    expect(await page.locator('[data-count="duplicates"]').textContent()).toContain('0');
    expect(await page.locator('[data-count="invalid"]').textContent()).toContain('0');
    await page.click('#import-apply');
    await expect.poll(() => page.locator('#import-status').textContent()).toContain('Imported: 5 new articles');
    await expect.poll(() => totalShown().textContent()).toBe('5');

    const tagged = await send<{ title: string; tags: string[]; status: string; savedAt: number }>({ type: 'articles.byUrl', url: 'https://github.com/hoarder-app/hoarder' });
    expect(tagged.data).toMatchObject({
      title: 'A self-hostable bookmark app: links, notes and images',
      tags: ['opensource', 'withäumlaut', 'with space'],
      status: 'unread',
      savedAt: 1728576700000,
    });
    const untitled = await send<{ title: string; status: string; tags: string[] }>({ type: 'articles.byUrl', url: 'https://example.org/untitled' });
    expect(untitled.data).toMatchObject({ status: 'archived', tags: ['reading'] });
    expect(untitled.data.title).toContain('example.org');
  });

  test('importing the same file again merges instead of adding', async () => {
    const zip = await exportZip('pocket-export', ['part_000000.csv', 'part_000001.csv']);
    await page.setInputFiles('#import-file', { name: 'pocket-export.zip', mimeType: 'application/zip', buffer: zip });
    await page.locator('#import-preview').waitFor();
    expect(await page.locator('[data-count="new"]').textContent()).toContain(': 0');
    expect(await page.locator('[data-count="duplicates"]').textContent()).toContain('5');
    await page.getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => page.locator('#import-preview').count()).toBe(0);
  });

  test('exports the list back as Pocket CSV and as Quire JSON', async () => {
    await page.selectOption('#export-format', 'pocket-csv');
    const csv = await downloadText(() => page.click('#export-button'));
    expect(csv.name).toMatch(/^quire-\d{4}-\d{2}-\d{2}\.csv$/);
    const lines = csv.text.trim().split(/\r?\n/);
    expect(lines[0]).toMatch(/^title,url,time_added,tags,status(,|$)/);
    expect(lines).toHaveLength(6);
    expect(csv.text).toContain('https://github.com/hoarder-app/hoarder,1728576700,opensource|withäumlaut|with space,unread');
    expect(csv.text).toMatch(/https:\/\/example\.org\/untitled,1600000000,reading,archive/);

    await page.selectOption('#export-format', 'quire-json');
    const json = await downloadText(() => page.click('#export-button'));
    expect(json.name).toMatch(/^quire-\d{4}-\d{2}-\d{2}\.json$/);
    const parsed = JSON.parse(json.text) as { format: string; articles: { url: string }[] };
    expect(parsed.format).toBe('quire');
    expect(parsed.articles.map((a) => a.url).sort()).toContain('https://github.com/hoarder-app/hoarder');
    expect(parsed.articles).toHaveLength(5);
  });

  test('exports a zip of one Markdown file per article, converted off the page by its worker', async () => {
    await page.selectOption('#export-format', 'markdown-zip');
    const [download] = (await Promise.all([page.waitForEvent('download'), page.click('#export-button')])) as [Download, void];
    expect(download.suggestedFilename()).toMatch(/^quire-\d{4}-\d{2}-\d{2}\.zip$/);
    const files = unzipSync(await readFile((await download.path())!));
    const names = Object.keys(files);
    expect(names).toHaveLength(5);
    expect(names.every((name) => name.endsWith('.md'))).toBe(true);
    const texts = names.map((name) => new TextDecoder().decode(files[name]));
    expect(texts.every((text) => text.startsWith('---\ntitle: '))).toBe(true);
    expect(texts.some((text) => text.includes('source: "https://github.com/hoarder-app/hoarder"'))).toBe(true);
    await page.selectOption('#export-format', 'quire-json');
  });

  test('exports only the current filter when asked', async () => {
    await page.check('#export-scope-filter');
    await page.selectOption('#export-status', 'archived');
    const json = await downloadText(() => page.click('#export-button'));
    const parsed = JSON.parse(json.text) as { articles: { status: string }[] };
    expect(parsed.articles).toHaveLength(2);
    expect(parsed.articles.every((a) => a.status === 'archived')).toBe(true);
    await page.check('#export-scope-all');
  });

  test('a malformed file names the line that broke and changes nothing', async () => {
    const zip = await exportZip('pocket-broken-export', ['part_000000.csv']);
    await page.setInputFiles('#import-file', { name: 'pocket-broken.zip', mimeType: 'application/zip', buffer: zip });
    const status = page.locator('#import-status');
    await expect.poll(() => status.textContent()).toContain('part_000000.csv, line 3');
    expect(await status.textContent()).toContain('Nothing was changed');
    expect(await page.locator('#import-preview').count()).toBe(0);
    const fine = await send<unknown>({ type: 'articles.byUrl', url: 'https://example.com/fine' });
    expect(fine.data).toBeNull();
    expect(await totalShown().textContent()).toBe('5');
  });

  test('delete all asks first, offers an export, then empties the list', async () => {
    await page.click('#delete-all');
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    const backup = await downloadText(() => page.click('#delete-export-first'));
    expect((JSON.parse(backup.text) as { articles: unknown[] }).articles).toHaveLength(5);
    expect(await totalShown().textContent()).toBe('5');
    await page.click('#delete-confirm');
    await expect.poll(() => page.locator('#delete-status').textContent()).toContain('Deleted 5 articles');
    await expect.poll(() => totalShown().textContent()).toBe('0');
    expect(await dialog.isVisible()).toBe(false);
    const gone = await send<unknown>({ type: 'articles.byUrl', url: 'https://github.com/hoarder-app/hoarder' });
    expect(gone.data).toBeNull();
  });

  test('rows that cannot be imported are listed by line, and the others import', async () => {
    const csv = await readFile(path.join(POCKET, 'pocket-invalid-rows.csv'));
    await page.setInputFiles('#import-file', { name: 'pocket-invalid-rows.csv', mimeType: 'text/csv', buffer: csv });
    await page.locator('#import-preview').waitFor();
    expect(await page.locator('[data-count="new"]').textContent()).toContain('2');
    expect(await page.locator('[data-count="invalid"]').textContent()).toContain('4');
    const problems = await page.locator('.problems li').allTextContents();
    expect(problems).toEqual([
      expect.stringMatching(/^line 3, field url: /),
      expect.stringMatching(/^line 4, field url: /),
      expect.stringMatching(/^line 5, field time_added: /),
      expect.stringMatching(/^line 8: /),
    ]);
    await page.click('#import-apply');
    await expect.poll(() => page.locator('#import-status').textContent()).toContain('Imported: 2 new articles');
    await expect.poll(() => totalShown().textContent()).toBe('2');
  });

  test('an Omnivore export brings its bodies, sanitized before they are stored', async () => {
    const zip = await exportZip('omnivore-export', ['metadata_0_to_3.json', 'metadata_3_to_4.json', 'content/local-first-software-190a6e2f1c3.html', 'content/quartz-heron-notes-190a6e2f1c4.html']);
    await page.setInputFiles('#import-file', { name: 'omnivore-export.zip', mimeType: 'application/zip', buffer: zip });
    await page.locator('#import-preview').waitFor();
    expect(await page.locator('#import-preview h3').textContent()).toContain('Omnivore');
    await page.click('#import-apply');
    await expect.poll(() => page.locator('#import-status').textContent()).toContain('Imported:');
    await expectOmnivoreArticleStored(send);
  });
});
