/**
 * A page with images on its own origin and on a second local origin (srcset, lazy, a 1×1
 * pixel, a 6 MB picture) is clipped and saved; both servers stop; the reader shows every
 * kept image from storage, leaves out the pixel and the oversized one, and neither server
 * saw a request after the save.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { serveImagePage, serveRemoteImages, type LoggedServer } from './image-site';
import { send, setSettings, startAfresh, tabIdOf } from './probe';
import { BROWSER_TITLE, useSuite } from './suite';

const suite = useSuite();
let site: LoggedServer;
let remote: LoggedServer;

beforeAll(async () => {
  remote = await serveRemoteImages();
  site = await serveImagePage(remote.origin);
});
afterAll(async () => {
  await Promise.all([site?.close(), remote?.close()]);
});

describe(`an article read offline in ${BROWSER_TITLE}`, () => {
  test('shows every kept image from storage, without the pixel or the oversized one, and asks no server for anything', async () => {
    await startAfresh(suite.session);
    await setSettings(suite.session, { images: { offline: true, maxImageMB: 5, maxArticleMB: 25, offered: true } });
    const url = `${site.origin}/page.html`;
    const web = await suite.session.openPage(url);
    const tabId = await tabIdOf(suite.session, url);
    const preview = await send(suite.session, { type: 'page.preview', tabId });
    const saved = await send(suite.session, { type: 'page.save', tabId, mode: 'article', tags: [], clip: preview.clip });
    expect(saved.images).toMatchObject({ stored: 4, needAccess: 0, quota: false });
    const savedAt = Date.now();
    await web.close();
    await Promise.all([site.close(), remote.close()]);

    const reader = await suite.session.openExtensionPage(`reader/index.html?id=${saved.article.id}`);
    await reader.waitFor('.reader-body p');
    await reader.waitUntil(() => [...document.querySelectorAll<HTMLImageElement>('.reader-body img')].every((img) => img.complete && img.naturalWidth > 0));
    const images = await reader.evaluate(() =>
      [...document.querySelectorAll<HTMLImageElement>('.reader-body img')].map((img) => ({ alt: img.alt, scheme: new URL(img.src).protocol, width: img.naturalWidth })),
    );
    expect(images.map((i) => i.alt).sort()).toEqual(['Boats', 'Map', 'The pier', 'Wide view']);
    expect(images.every((i) => i.scheme === 'blob:' && i.width > 0)).toBe(true);
    // The srcset candidate that fits the widest column (1,400w of 400, 1,400 and 3,000).
    expect(images.find((i) => i.alt === 'Wide view')!.width).toBe(140);
    expect(await reader.text('.reader-images-note')).toContain(': 2.');
    expect([...site.log, ...remote.log].filter(([time]) => time >= savedAt)).toEqual([]);
    await reader.close();
  });
});
