/**
 * A page full of active content (scripts, handlers, javascript: and data: links, SVG
 * script, iframe srcdoc, meta refresh, forms, CSS urls) is saved, then shown in the popup
 * list and the reader: nothing in it runs there. Every payload would set
 * window.__quirePwned, open a dialog, or ask the page's server for /payload/<name>. The
 * page's own tab runs its payloads, as any browser would; from the moment that tab is
 * closed, the file's afterAll checks that nothing asked the server for anything.
 */
import { afterAll, describe, expect, test } from 'vitest';
import type { Tab } from './driver/session';
import { LIVE_LIST } from './popup';
import { send, startAfresh, tabIdOf } from './probe';
import { serveHostilePage, type RewrittenSite } from './rewritten-site';
import { BROWSER_TITLE, useSuite } from './suite';

const suite = useSuite(serveHostilePage);
const site = () => suite.server as RewrittenSite;
/** How many requests the server had when the hostile page's own tab closed, if it was ever opened. */
let beaconArmedAt: number | undefined;

afterAll(() => {
  const since = beaconArmedAt === undefined ? [] : site().requests.slice(beaconArmedAt);
  // Not a payload's request, and no request at all: the list and the reader load nothing from the page's server.
  expect(since, 'requests that reached the beacon after the page closed').toEqual([]);
});

/** Saves the page as the popup does (preview, then page.save with that clip), plus an unsanitized copy as an old or imported record might hold. */
async function saveHostilePage(): Promise<string[]> {
  await startAfresh(suite.session);
  const url = site().url('pages/hostile.html');
  const web = await suite.session.openPage(url);
  const tabId = await tabIdOf(suite.session, url);
  const preview = await send(suite.session, { type: 'page.preview', tabId });
  expect(preview.clip).not.toBeNull();
  const extracted = await send(suite.session, { type: 'page.save', tabId, mode: 'article', tags: ['hostile'], clip: preview.clip });
  // The page's <article> markup as served: only the reader's own sanitizing stands between it and the page.
  const rawHtml = /<article[^>]*>([\s\S]*)<\/article>/.exec(site().html)![1]!;
  expect(rawHtml).toContain('onerror=');
  const copyUrl = `${site().origin}/pages/raw-copy.html`;
  const raw = await send(suite.session, {
    type: 'page.save',
    tabId,
    mode: 'article',
    tags: ['raw'],
    clip: { ...preview.clip!, url: copyUrl, canonicalUrl: copyUrl, html: rawHtml, text: 'raw copy' },
  });
  await web.close();
  beaconArmedAt = site().requests.length;
  return [extracted.article.id, raw.article.id];
}

const TOUCHABLE = ':is(p, img, svg, details, form, input, video, a:not([href^="http"]))';
const pwned = (page: Tab) => page.evaluate(() => (window as { __quirePwned?: unknown }).__quirePwned ?? null);

describe(`a hostile page saved to Quire in ${BROWSER_TITLE}`, () => {
  test('runs nothing in the popup list or the reader', async () => {
    const ids = await saveHostilePage();
    const dialogs: string[] = [];
    const list = await suite.session.openExtensionPage('popup/index.html?view=list', dialogs);
    await list.waitFor(`${LIVE_LIST} .rows .row:nth-child(2)`);
    // Markup in the page's metadata shows as text, never as elements.
    expect((await list.texts('.rows .row-title')).join('\n')).toContain(`Eastmere <img src=x onerror="window.__quirePwned='og-title'">`);
    await list.touchAll(`.rows .row-main ${TOUCHABLE}`);

    const readers: Tab[] = [];
    for (const id of ids) {
      const reader = await suite.session.openExtensionPage(`reader/index.html?id=${id}`, dialogs);
      await reader.waitFor('.reader-body p');
      await reader.touchAll(`.reader-body ${TOUCHABLE}`);
      readers.push(reader);
    }
    // Longer than the meta refresh in the body (3 s) would wait before navigating.
    await list.pause(3500);

    for (const page of [list, ...readers]) {
      expect(await pwned(page)).toBeNull();
      expect(await page.href()).toMatch(new RegExp(`^${suite.session.origin}/`));
    }
    expect(await suite.session.background((scope) => scope.__quirePwned ?? null)).toBeNull();
    expect(dialogs).toEqual([]);

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
});
