/**
 * `npm run screenshots`: PNGs of the real build for the README, in docs/screenshots/:
 * the popup's clip preview on the cluttered fixture page, the popup's reading list with
 * a few sample articles, and the reader, each in light and dark.
 * `npm run screenshots -- --lang ar` (or ja): the reading list and the reader with the
 * browser's UI in that language, on sample articles in it, in light only.
 */
import { cp, mkdir, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Page } from 'playwright-core';
import { launchChromium, type ExtensionSession } from './browser/chromium';
import { ROOT } from '../test/e2e/paths';
import { startFixtureServer, type FixtureServer } from '../test/e2e/server';
import { paragraphs, sampleClip } from '../test/e2e/reading';
import { endUtterance, installSilentSpeech } from '../test/e2e/silent-speech';
import { saveClip, send } from './browser/probe';
import { buildAll } from './build';
import { LOCALE_SAMPLES, sampleHtml, type LocaleSamples, type Sample } from './screenshots/locale-samples';

const OUT = path.join(ROOT, 'docs/screenshots');
const POPUP = { width: 400, height: 600 };
const READER = { width: 1100, height: 820 };
type Scheme = 'light' | 'dark';

async function shoot(session: ExtensionSession, schemes: Scheme[], pagePath: string, size: { width: number; height: number }, name: string, ready: (page: Page) => Promise<unknown>) {
  for (const colorScheme of schemes) {
    const page = await session.context.newPage();
    await page.setViewportSize(size);
    await page.emulateMedia({ colorScheme });
    await page.goto(session.extensionUrl(pagePath));
    await ready(page);
    // Favicons and fonts settle.
    await page.waitForTimeout(300);
    await page.screenshot({ path: path.join(OUT, `${name}-${colorScheme}.png`) });
    await page.close();
  }
}

async function tabIdOf(helper: Page, url: string): Promise<number> {
  return helper.evaluate(async (u) => (await chrome.tabs.query({ url: u }))[0]!.id!, url);
}

/** A few articles as a reader might have them: tagged, half read, a favorite, one archived. */
const SAMPLES: Sample[] = [
  { title: 'What a library card is worth', siteName: 'City Desk', tags: ['culture'], archived: true },
  { title: 'The quiet return of the night train', siteName: 'The Rail Review', tags: ['travel', 'long read'], favorite: true },
  { title: 'How glaciers keep time, and what they are telling us now', siteName: 'Field Notes', tags: ['science'], progress: 0.4 },
];

async function seedSamples(helper: Page, server: FixtureServer, samples: Sample[]): Promise<void> {
  const icon = server.url('pages/icon.svg');
  for (const [i, sample] of samples.entries()) {
    const words = 900 + i * 700;
    const { article } = await saveClip(
      helper,
      sampleClip(i + 10, { title: sample.title, siteName: sample.siteName, faviconUrl: i === 1 ? icon : null, html: paragraphs(words, 'text'), wordCount: words, readingMinutes: Math.round(words / 230) }),
      sample.tags,
    );
    if (sample.archived) await send(helper, { type: 'articles.setStatus', id: article.id, status: 'archived' });
    if (sample.favorite) await send(helper, { type: 'articles.setFavorite', id: article.id, favorite: true });
    if (sample.progress) await send(helper, { type: 'articles.setProgress', id: article.id, progress: sample.progress });
  }
}

/** The English screenshots: the clip preview, the list and the reader, light and dark. */
async function shootEnglish(session: ExtensionSession, helper: Page, server: FixtureServer): Promise<number> {
  await seedSamples(helper, server, SAMPLES);
  await send(helper, { type: 'link.save', url: 'https://wildlife.example/urban-foxes', title: 'A field guide to urban foxes', tags: ['nature'] });
  const schemes: Scheme[] = ['light', 'dark'];
  const cluttered = server.url('pages/cluttered.html');
  const web = await session.context.newPage();
  await web.goto(cluttered);
  const tabId = await tabIdOf(helper, cluttered);
  await shoot(session, schemes, `popup/index.html?tabId=${tabId}`, POPUP, 'popup-clip', (page) => page.locator('.clip__card').waitFor());

  const preview = await send(helper, { type: 'page.preview', tabId });
  const { article } = await send(helper, { type: 'page.save', tabId, mode: 'article', tags: ['iran', 'albania'], clip: preview.clip });
  await web.close();

  await shoot(session, schemes, 'popup/index.html?view=list', POPUP, 'popup-list', (page) => page.locator('#app:not([inert]) .rows .row').nth(3).waitFor());
  await shoot(session, schemes, `reader/index.html?id=${article.id}`, READER, 'reader', (page) => page.locator('.reader-body p').first().waitFor());
  return schemes.length * 3;
}

/** The list and the reader with the UI in the samples' language, on an article in it. */
async function shootLocale(session: ExtensionSession, helper: Page, server: FixtureServer, samples: LocaleSamples): Promise<number> {
  const shown = await helper.evaluate(() => chrome.i18n.getUILanguage());
  if (!shown.startsWith(samples.lang)) throw new Error(`Chromium started in ${shown}, not ${samples.lang}: install its languages with 'apt-get install -y chromium-l10n'.`);
  await seedSamples(helper, server, samples.list);
  const { title, siteName, byline, sentences } = samples.article;
  const html = sampleHtml(samples);
  const clip = sampleClip(20, { title, siteName, byline, lang: samples.lang, dir: samples.dir, html, text: sentences.join(samples.separator), readingMinutes: 3 });
  const { article } = await saveClip(helper, clip, samples.list[0]!.tags);
  await shoot(session, ['light'], 'popup/index.html?view=list', POPUP, `popup-list-${samples.lang}`, (page) => page.locator('#app:not([inert]) .rows .row').nth(3).waitFor());
  // Listening, on the second sentence, in a silent engine: headless Chromium has no voices.
  await shoot(session, ['light'], `reader/index.html?id=${article.id}`, READER, `reader-${samples.lang}`, async (page) => {
    await page.locator('.reader-body p').first().waitFor();
    // tsx keeps function names through a helper of its own, which the page does not have.
    await page.evaluate('globalThis.__name = (fn) => fn');
    await page.evaluate(installSilentSpeech, [samples.lang]);
    await page.locator('.listen-play').click();
    await page.evaluate(endUtterance);
    await page.evaluate(endUtterance);
    await page.getByRole('button', { name: 'Pause' }).or(page.locator('.listen-play[aria-pressed=true]')).first().waitFor();
  });
  return 2;
}

const { values } = parseArgs({ options: { lang: { type: 'string' } } });
const locale = values.lang ? LOCALE_SAMPLES[values.lang] : undefined;
if (values.lang && !locale) throw new Error(`No sample articles for --lang ${values.lang}: add them to scripts/screenshots/locale-samples.ts (there are: ${Object.keys(LOCALE_SAMPLES).join(', ')}).`);

await buildAll();
await mkdir(OUT, { recursive: true });
// A private copy of the test build (the shipped build plus access to the local fixture
// server), so a rebuild of dist/ elsewhere cannot pull files from under the browser.
const dir = await mkdtemp(path.join(os.tmpdir(), 'quire-screenshots-'));
await cp(path.join(ROOT, 'dist/chrome-test'), dir, { recursive: true });
const [session, server] = await Promise.all([launchChromium({ dir, lang: values.lang }), startFixtureServer()]);
try {
  const helper = await session.openExtensionPage('options/index.html');
  await send(helper, { type: 'data.deleteAll' });
  await helper.evaluate(() => chrome.storage.local.clear());
  const count = locale ? await shootLocale(session, helper, server, locale) : await shootEnglish(session, helper, server);
  console.log(`Wrote ${count} screenshots to ${path.relative(ROOT, OUT)}/`);
} finally {
  await Promise.all([session.close(), server.close()]);
  await rm(dir, { recursive: true, force: true });
}
