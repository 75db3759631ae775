/**
 * Saving images with a clip, in real Chromium: a page on 127.0.0.1 with 20 images of 200 KB.
 *   - saved: page.save sent (with the previewed clip) → reply, the article and its 20 images stored;
 *   - reader paint with images: reader opened → every image of the body decoded, from storage.
 * Median and p95 over repeated runs; the list is emptied before each.
 *
 *   npm run build && npm run bench:images [-- --runs N] [-- --json]
 */
import os from 'node:os';
import { parseArgs } from 'node:util';
import { launchChromium } from './browser/chromium';
import { openProbe } from './browser/probe';
import { png, serveFiles } from '../test/e2e/image-site';
import { median } from './bench/median';
import { percentile } from './bench/percentile';

const { values: args } = parseArgs({ options: { json: { type: 'boolean', default: false }, runs: { type: 'string', default: '15' } } });
const RUNS = Number(args.runs);
const WARMUP = 2;
const IMAGES = 20;
const IMAGE_BYTES = 200 * 1000;

const text = '<p>The harbour council met again on Tuesday to hear the engineers on the rebuilt pier and what it will cost.</p>';
const page = `<!doctype html><html lang="en"><head><title>Twenty pictures</title></head><body><article><h1>Twenty pictures</h1>${Array.from(
  { length: IMAGES },
  (_, i) => `${text}<figure><img src="/img/${i}.png" alt="Picture ${i}" width="640" height="360"></figure>`,
).join('')}${text}</article></body></html>`;
const files = new Map<string, { type: string; body: Buffer | string }>([['/page.html', { type: 'text/html; charset=utf-8', body: page }]]);
for (let i = 0; i < IMAGES; i++) files.set(`/img/${i}.png`, { type: 'image/png', body: png(64, 36, [i * 12, 100, 200 - i * 8], IMAGE_BYTES) });

const [session, server] = await Promise.all([launchChromium(), serveFiles(files)]);
try {
  const { page: probePage, probe } = await openProbe(session);
  const url = `${server.origin}/page.html`;
  const tab = await session.context.newPage();
  const saved: number[] = [];
  const paint: number[] = [];
  for (let run = 0; run < RUNS + WARMUP; run++) {
    const list = await probe.send<{ items: { id: string }[] }>({ type: 'articles.list', query: { sort: 'savedAt', order: 'desc', limit: 50 } });
    if (list.data.items.length) await probe.send({ type: 'articles.remove', ids: list.data.items.map((item) => item.id) });
    await tab.goto(url);
    const tabId = await probe.tabIdOf(url);
    const preview = await probe.send<{ clip: unknown }>({ type: 'page.preview', tabId });
    const { ms, reply } = await probePage.evaluate(async (request) => {
      const start = performance.now();
      const answer = await chrome.runtime.sendMessage(request);
      return { ms: performance.now() - start, reply: answer };
    }, { type: 'page.save', tabId, mode: 'article', tags: [], clip: preview.data.clip });
    if (reply.data?.images?.stored !== IMAGES) throw new Error(`Run ${run + 1}: ${JSON.stringify(reply.data?.images ?? reply)} images stored, not ${IMAGES}`);
    const reader = await session.context.newPage();
    await reader.goto(session.extensionUrl(`reader/index.html?id=${reply.data.article.id}`));
    const painted = await reader.waitForFunction((n) => {
      const images = [...document.querySelectorAll<HTMLImageElement>('.reader-body img')];
      return images.length === n && images.every((img) => img.complete && img.naturalWidth > 0) ? performance.now() : null;
    }, IMAGES, { polling: 'raf' });
    if (run >= WARMUP) {
      saved.push(ms);
      paint.push((await painted.jsonValue()) as number);
    }
    await reader.close();
  }
  const figure = (values: number[]) => ({ median: Math.round(median(values)), p95: Math.round(percentile(values, 95)) });
  const figures = {
    runs: RUNS,
    images: IMAGES,
    imageBytes: IMAGE_BYTES,
    savedMs: figure(saved),
    readerPaintMs: figure(paint),
    targets: { savedMs: 1500 },
    loadAverage: os.loadavg().map((n) => Number(n.toFixed(1))),
  };
  if (args.json) console.log(JSON.stringify(figures));
  else {
    console.log(`Clip with ${IMAGES} images of ${IMAGE_BYTES / 1000} kB from 127.0.0.1 in Chromium, ${RUNS} runs (after ${WARMUP} warm-up runs):`);
    console.log(`  Save → article and images stored   median ${figures.savedMs.median} ms, p95 ${figures.savedMs.p95} ms   (target <= 1,500 ms)`);
    console.log(`  reader opened → images painted     median ${figures.readerPaintMs.median} ms, p95 ${figures.readerPaintMs.p95} ms`);
    console.log(`  load average ${figures.loadAverage.join(' ')} on ${os.cpus().length} cores`);
  }
} finally {
  await Promise.all([session.close(), server.close()]);
}
