/**
 * A page full of active content (scripts, handlers, javascript: and data: links, SVG
 * script, iframe srcdoc, meta refresh, forms, CSS urls) is saved, then shown in the popup
 * list and the reader: nothing in it runs there. Every payload would set
 * window.__quirePwned, open a dialog, or ask the fixture server for /payload/<name>.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { launchChromium, type ExtensionSession } from './harness';
import type { FixtureServer } from './server';
import { serveHostilePage, type HostileSite } from './hostile-site';
import { clearList, send } from './reading';

let session: ExtensionSession;
let server: FixtureServer;
let site: HostileSite;
let helper: Page;

beforeAll(async () => {
  [session, site] = await Promise.all([launchChromium(), serveHostilePage()]);
  server = site.server;
  helper = await session.openExtensionPage('options/index.html');
  await clearList(helper);
});
afterAll(async () => {
  await Promise.all([session?.close(), site?.close()]);
});

/** Opens an extension page and records any dialog it tries to open. */
async function watched(pagePath: string, dialogs: string[]): Promise<Page> {
  const page = await session.context.newPage();
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.goto(session.extensionUrl(pagePath));
  return page;
}

/** Saves the page as the popup does: preview (extraction in the tab), then page.save with that clip. */
async function saveHostilePage(): Promise<{ extractedId: string; rawId: string; rawHtml: string }> {
  const url = server.url('pages/hostile.html');
  const web = await session.context.newPage();
  await web.goto(url);
  const tabId = await helper.evaluate(async (u) => (await chrome.tabs.query({ url: u }))[0]!.id!, url);
  const preview = await send(helper, { type: 'page.preview', tabId });
  expect(preview.clip).not.toBeNull();
  const extracted = await send(helper, { type: 'page.save', tabId, mode: 'article', tags: ['hostile'], clip: preview.clip });
  // The same page stored unsanitized, as an old or imported record might be: only the reader's own sanitizing stands in the way.
  const rawHtml = site.rawArticleHtml;
  const raw = await send(helper, {
    type: 'page.save',
    tabId,
    mode: 'article',
    tags: ['raw'],
    clip: { ...preview.clip!, url: `${server.origin}/pages/raw-copy.html`, canonicalUrl: `${server.origin}/pages/raw-copy.html`, html: rawHtml, text: 'raw copy' },
  });
  await web.close();
  return { extractedId: extracted.article.id, rawId: raw.article.id, rawHtml };
}

/** Pokes at everything a reader might touch: hover, click and focus each element in the body. */
async function touchEverything(page: Page, selector: string): Promise<void> {
  for (const element of await page.locator(`${selector} :is(p, img, svg, details, form, input, video, a:not([href^="http"]))`).all()) {
    await element.hover({ timeout: 500, force: true }).catch(() => undefined);
    await element.click({ timeout: 500, force: true, noWaitAfter: true }).catch(() => undefined);
  }
}

const pwned = (page: Page) => page.evaluate(() => (window as { __quirePwned?: unknown }).__quirePwned ?? null);

describe('a hostile page saved to Quire', () => {
  test('runs nothing in the popup list or the reader', async () => {
    const saved = await saveHostilePage();
    expect(saved.rawHtml).toContain('onerror=');
    const before = server.requests.length;
    const dialogs: string[] = [];

    const list = await watched('popup/index.html?view=list', dialogs);
    await list.locator('.rows .row').nth(1).waitFor();
    // Markup in the page's metadata shows as text, never as elements.
    await expect(list.locator('.rows .row-title').first().textContent()).resolves.toContain(`Eastmere <img src=x onerror="window.__quirePwned='og-title'">`);
    await touchEverything(list, '.rows .row-main');

    const readers: Page[] = [];
    for (const id of [saved.extractedId, saved.rawId]) {
      const reader = await watched(`reader/index.html?id=${id}`, dialogs);
      await reader.locator('.reader-body p').first().waitFor();
      await touchEverything(reader, '.reader-body');
      readers.push(reader);
    }
    // Longer than the meta refresh in the body (3 s) would wait before navigating.
    await list.waitForTimeout(3500);

    for (const page of [list, ...readers]) expect(await pwned(page)).toBeNull();
    expect(await session.serviceWorker.evaluate(() => (globalThis as { __quirePwned?: unknown }).__quirePwned ?? null)).toBeNull();
    expect(dialogs).toEqual([]);
    expect(server.requests.slice(before).filter((p) => p.startsWith('/payload/'))).toEqual([]);
    for (const page of [list, ...readers]) expect(page.url()).toMatch(/^chrome-extension:/);

    const leftovers = await readers[1]!.evaluate(() => {
      const body = document.querySelector('.reader-body')!;
      const all = [...body.querySelectorAll('*')];
      return {
        active: body.querySelectorAll('script, iframe[srcdoc], object, embed, form, meta, style, math').length,
        handlers: all.filter((el) => [...el.attributes].some((a) => a.name.startsWith('on') || a.name === 'style')).length,
        badLinks: [...body.querySelectorAll('a[href]')].filter((a) => !/^https?:/i.test(a.getAttribute('href')!)).length,
      };
    });
    expect(leftovers).toEqual({ active: 0, handlers: 0, badLinks: 0 });
    await Promise.all([list.close(), ...readers.map((r) => r.close())]);
  });
});
