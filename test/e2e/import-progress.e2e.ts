/**
 * A long import in the options page: the bar follows the background's write, and an
 * options page opened meanwhile shows the import still running, then how it ended.
 * What the pages show, in order; no time is measured.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { pocketCsv } from '../pages/bench-io-data';
import { startAfresh } from './probe';
import { BROWSER_TITLE, useSuite } from './suite';

const suite = useSuite();
let dir: string;
let csv: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'quire-import-progress-'));
  csv = path.join(dir, 'part_000000.csv');
  await writeFile(csv, pocketCsv(20_000));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

test(`the bar follows a 20,000-row import as it is written, and a page opened meanwhile shows it running, then done, in ${BROWSER_TITLE}`, async () => {
  await startAfresh(suite.session);
  const page = await suite.session.openExtensionPage('options/index.html');
  await page.upload('#import-file', csv);
  await page.waitFor('#import-apply');
  // Every value the bar takes, in order.
  await page.evaluate(() => {
    const values: number[] = [];
    (window as unknown as { barValues: number[] }).barValues = values;
    new MutationObserver(() => {
      const bar = document.getElementById('import-progress') as HTMLProgressElement | null;
      if (bar?.hasAttribute('value') && values.at(-1) !== bar.value) values.push(bar.value);
    }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['value'] });
  });
  await page.click('#import-apply');

  const reopened = await suite.session.openExtensionPage('options/index.html');
  await reopened.waitFor('#import-progress');
  expect(await reopened.text('label[for="import-progress"]')).toBe('Saving to your list…');
  expect(await reopened.evaluate(() => (document.getElementById('import-file') as HTMLInputElement).disabled)).toBe(true);
  await reopened.waitForText(/Imported: 20000 new articles/, 60_000);

  await page.waitForText(/Imported: 20000 new articles/, 60_000);
  const values = await page.evaluate(() => (window as unknown as { barValues: number[] }).barValues);
  // The write's own steps: rising from its start to its end, with steps between.
  const writing = values.slice(values.lastIndexOf(0));
  expect(writing.filter((v) => v > 0 && v < 1).length).toBeGreaterThanOrEqual(3);
  expect(writing).toEqual([...writing].sort((a, b) => a - b));
  await Promise.all([page.close(), reopened.close()]);
});
