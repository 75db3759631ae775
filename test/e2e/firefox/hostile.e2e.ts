/**
 * The hostile page (test/fixtures/pages/hostile.html: scripts, handlers, javascript: and
 * data: links, SVG script, iframe srcdoc, meta refresh, forms, CSS urls) saved in Firefox,
 * where extraction and sanitizing run in a content script behind Xray wrappers, then shown
 * in the popup list and the reader: nothing in it runs there.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'puppeteer-core';
import type { FixtureServer } from '../server';
import { serveHostilePage, type HostileSite } from '../hostile-site';
import { launchFirefox, type FirefoxSession } from './harness';
import { openProbe, type Probe } from './pages';

/** Firefox's own promise-based namespace, present in extension pages. */
declare const browser: typeof chrome;

let session: FirefoxSession;
let server: FixtureServer;
let probe: Probe;
let site: HostileSite;

beforeAll(async () => {
  [session, site] = await Promise.all([launchFirefox(), serveHostilePage()]);
  server = site.server;
  probe = await openProbe(session);
});
afterAll(async () => {
  await Promise.all([session?.close(), site?.close()]);
});

async function unwrap<T>(reply: Promise<{ ok: true; data: T } | { ok: false; error: { message: string } }>): Promise<T> {
  const settled = await reply;
  if (!settled.ok) throw new Error(settled.error.message);
  return settled.data;
}

/** Saves the page as the popup does (preview, then page.save with that clip), plus an unsanitized copy as an old or imported record might hold. */
async function saveHostilePage(): Promise<string[]> {
  const url = server.url('pages/hostile.html');
  const web = await session.openWebPage(url);
  const tabId = await probe.tabIdOf(url);
  const preview = await unwrap(probe.send<{ clip: Record<string, unknown> | null }>({ type: 'page.preview', tabId }));
  expect(preview.clip).not.toBeNull();
  const extracted = await unwrap(probe.send<{ article: { id: string } }>({ type: 'page.save', tabId, mode: 'article', tags: ['hostile'], clip: preview.clip }));
  const rawHtml = site.rawArticleHtml;
  expect(rawHtml).toContain('onerror=');
  const copyUrl = `${server.origin}/pages/raw-copy.html`;
  const raw = await unwrap(
    probe.send<{ article: { id: string } }>({
      type: 'page.save',
      tabId,
      mode: 'article',
      tags: ['raw'],
      clip: { ...preview.clip, url: copyUrl, canonicalUrl: copyUrl, html: rawHtml, text: 'raw copy' },
    }),
  );
  await web.close();
  return [extracted.article.id, raw.article.id];
}

/** Opens an extension page and records any dialog it tries to open. */
async function watched(pagePath: string, dialogs: string[]): Promise<Page> {
  const page = await session.browser.newPage();
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await session.gotoExtensionPage(page, pagePath);
  return page;
}

/** Clicks, hovers and focuses every element a reader might touch (not links that would leave the page). */
async function touchEverything(page: Page, selector: string): Promise<void> {
  await page.evaluate((scope) => {
    for (const element of document.querySelectorAll<HTMLElement>(`${scope} :is(p, img, svg, details, form, input, video, a:not([href^="http"]))`)) {
      for (const type of ['mouseover', 'click']) element.dispatchEvent(new MouseEvent(type, { bubbles: true, cancelable: true }));
      element.focus?.();
    }
  }, selector);
}

const pwned = (page: Page) => page.evaluate(() => (window as { __quirePwned?: unknown }).__quirePwned ?? null);

describe('a hostile page saved to Quire in Firefox ESR', () => {
  test('runs nothing in the popup list or the reader', async () => {
    const ids = await saveHostilePage();
    const before = server.requests.length;
    const dialogs: string[] = [];

    const list = await watched('popup/index.html?view=list', dialogs);
    await list.waitForSelector('.rows .row:nth-child(2)');
    // Markup in the page's metadata shows as text, never as elements.
    expect(await list.$$eval('.rows .row-title', (titles) => titles.map((t) => t.textContent).join('\n'))).toContain(
      `Eastmere <img src=x onerror="window.__quirePwned='og-title'">`,
    );
    await touchEverything(list, '.rows .row-main');

    const readers: Page[] = [];
    for (const id of ids) {
      const reader = await watched(`reader/index.html?id=${id}`, dialogs);
      await reader.waitForSelector('.reader-body p');
      await touchEverything(reader, '.reader-body');
      readers.push(reader);
    }
    // Longer than the meta refresh in the body (3 s) would wait before navigating.
    await new Promise((resolve) => setTimeout(resolve, 3500));

    for (const page of [list, ...readers]) {
      expect(await pwned(page)).toBeNull();
      expect(await page.evaluate(() => location.protocol)).toBe('moz-extension:');
    }
    expect(await probe.page.evaluate(async () => ((await browser.runtime.getBackgroundPage()) as { __quirePwned?: unknown }).__quirePwned ?? null)).toBeNull();
    expect(dialogs).toEqual([]);
    expect(server.requests.slice(before).filter((p) => p.startsWith('/payload/'))).toEqual([]);

    for (const reader of readers) {
      const leftovers = await reader.evaluate(() => {
        const body = document.querySelector('.reader-body')!;
        const all = [...body.querySelectorAll('*')];
        return {
          active: body.querySelectorAll('script, iframe[srcdoc], object, embed, form, meta, style, math').length,
          handlers: all.filter((el) => [...el.attributes].some((a) => a.name.startsWith('on') || a.name === 'style')).length,
          badLinks: [...body.querySelectorAll('a[href]')].filter((a) => !/^https?:/i.test(a.getAttribute('href')!)).length,
        };
      });
      expect(leftovers).toEqual({ active: 0, handlers: 0, badLinks: 0 });
    }
    await Promise.all([list.close(), ...readers.map((r) => r.close())]);
  });

  test('nothing reached the tripwire proxy', () => {
    expect(session.tripwire.hits).toEqual([]);
  });
});
