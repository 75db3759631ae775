/**
 * The scenarios in Firefox: the popup saves the cluttered seed news page with
 * tags, the reader renders it, and an export downloads it. The page is served from
 * 127.0.0.1 as if the fixture server were its own site (www.iranfocus.com), and every
 * other https:// address in it points back at the fixture server too, so its tracking
 * pixels and pictures load locally instead of tripping the tripwire.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { FIXTURES, startFixtureServer, type FixtureServer } from '../server';
import { firefoxSuite } from './suite';
import type { Article } from '../../../src/core/article';
import { button, waitForText } from './pages';

const TITLE = 'Iran Terror Threats Reach Albania';

const suite = firefoxSuite();
let seed: FixtureServer;
let root: string;

beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'quire-firefox-seed-'));
  seed = await startFixtureServer(root);
  const page = await readFile(path.join(FIXTURES, 'extract/seed-page.html'), 'utf8');
  await mkdir(path.join(root, 'extract'));
  const local = page.replaceAll('https://www.iranfocus.com/', `${seed.origin}/`).replaceAll('https://', `${seed.origin}/remote/`);
  await writeFile(path.join(root, 'extract/seed-page.html'), local);
});
afterAll(async () => {
  await seed?.close();
  await rm(root, { recursive: true, force: true });
});

const pageUrl = () => seed.url('extract/seed-page.html');
/** The page's canonical link, as served. */
const canonicalUrl = () => seed.url('en/terrorism/iran-terror-threats-reach-albania/');

describe('the reading list in Firefox ESR', () => {
  test('the popup saves the cluttered seed page with two tags, and the record has its metadata and a clean body', async () => {
    const web = await suite.session.openWebPage(pageUrl());
    const popup = await suite.session.openExtensionPage(`popup/index.html?tabId=${await suite.probe.tabIdOf(pageUrl())}`);
    await popup.waitForFunction((title) => document.querySelector<HTMLInputElement>('#clip-title')?.value === title, {}, TITLE);
    // The tags field has the focus, so a keyboard user types tags straight away.
    await popup.waitForFunction(() => document.activeElement?.id === 'clip-tags');
    await popup.keyboard.type('world news');
    await popup.keyboard.press('Enter');
    await popup.keyboard.type('albania');
    await popup.keyboard.press(',');
    await (await button(popup, 'Save')).click();
    await waitForText(popup, /Saved on /);

    const saved = await suite.probe.article(canonicalUrl());
    expect(saved).toMatchObject({ url: pageUrl(), canonicalUrl: canonicalUrl(), title: TITLE, byline: 'Jubin Katiraie', siteName: 'Iran Focus', kind: 'article' });
    expect(saved.tags.sort()).toEqual(['albania', 'world news']);
    expect(saved.publishedTime).toContain('2020-01-27');
    // The same eleven paragraphs and word count as extraction gives in Node (test/unit/extract/seed-page.test.ts).
    expect(saved.text.split('\n')).toHaveLength(11);
    expect(saved.wordCount).toBe(406);
    expect(saved.text).toMatch(/^Tensions between the Iranian government/);
    expect(saved.text).toMatch(/respond to any attacks\.$/);
    expect(saved.html).toContain('<figcaption>Albanian security forces</figcaption>');
    expect(saved.html).not.toMatch(/<script|Latest news|Advertisement|Leave A Reply|We use cookies|All rights reserved|pixel\.example-tracker|onerror/);
    await Promise.all([web.close(), popup.close()]);
  });

  test('the reader renders the saved article', async () => {
    const saved = await suite.probe.article(canonicalUrl());
    const reader = await suite.session.openExtensionPage(`reader/index.html?id=${saved.id}`);
    await reader.waitForSelector('.reader-body');
    expect(await reader.$eval('h1.reader-title', (h) => h.textContent)).toBe(TITLE);
    expect(await reader.$eval('.reader-body', (body) => body.textContent)).toContain('Tensions between the Iranian government');
    expect(await reader.$eval('.reader-body figcaption', (caption) => caption.textContent)).toBe('Albanian security forces');
    expect(await reader.$$('.reader-body script, .reader-body iframe')).toEqual([]);
    expect(await reader.title()).toBe(TITLE);
    await reader.close();
  });

  test('an export from the options page downloads the article as Quire JSON', async () => {
    const options = await suite.session.openExtensionPage('options/index.html');
    await options.waitForSelector('#export-button');
    await options.select('#export-format', 'quire-json');
    const file = await suite.session.download(() => options.click('#export-button'));
    expect(path.basename(file)).toMatch(/^quire-\d{4}-\d{2}-\d{2}\.json$/);
    const exported = JSON.parse(await readFile(file, 'utf8')) as { format: string; articles: Article[] };
    expect(exported.format).toBe('quire');
    expect(exported.articles).toEqual([
      expect.objectContaining({ url: pageUrl(), title: TITLE, tags: expect.arrayContaining(['albania', 'world news']) }),
    ]);
    await waitForText(options, /1\b.*quire-.*\.json/);
    await options.close();
  });

  test('nothing reached the tripwire proxy', () => {
    expect(suite.session.tripwire.hits).toEqual([]);
  });
});
