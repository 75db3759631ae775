/**
 * `npm start`: builds, then opens Chromium with Quire loaded on a demo article served
 * from 127.0.0.1. Without a display it suggests xvfb-run and says how to load the build by hand.
 */
import { chromium } from 'playwright-core';
import { existsSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { buildAll } from './build';
import { BUILDING, noBrowserMessage } from './start-messages';
import { startFixtureServer } from '../test/e2e/server';

const ROOT = path.resolve(import.meta.dirname, '..');
const chromePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const chromeDir = path.join(ROOT, 'dist/chrome');
const demoPage = existsSync(path.join(ROOT, 'test/fixtures/extract/seed-page.html'))
  ? 'extract/seed-page.html'
  : 'pages/plain.html';

console.log(BUILDING);
const started = performance.now();
await buildAll();
console.log(`Built in ${((performance.now() - started) / 1000).toFixed(1)} s.`);

const hasDisplay = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
const chromeFound = existsSync(chromePath);
if (!hasDisplay || !chromeFound) {
  console.log(noBrowserMessage({ hasDisplay, chromePath, chromeDir, firefoxManifest: path.join(ROOT, 'dist/firefox/manifest.json') }));
  process.exit(0);
}

const server = await startFixtureServer();
const profile = await mkdtemp(path.join(os.tmpdir(), 'quire-start-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: chromePath,
  headless: false,
  args: [`--disable-extensions-except=${chromeDir}`, `--load-extension=${chromeDir}`, '--no-first-run'],
});
const page = context.pages()[0] ?? (await context.newPage());
await page.goto(server.url(demoPage));
console.log(`Quire is loaded. Demo article: ${server.url(demoPage)}. Close the browser to stop.`);
context.on('close', () => void server.close().then(() => process.exit(0)));
