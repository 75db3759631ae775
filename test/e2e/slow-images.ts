/**
 * Images that change the reader's height after it opens: some answer 404 after a wait, some
 * arrive late. Served uncached from 127.0.0.1, so every opening of the reader waits again.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect } from 'vitest';
import { paragraphs } from './reading';

const WAIT_MS = 1200;
const PICTURE = '<svg xmlns="http://www.w3.org/2000/svg" width="640" height="480"><rect width="640" height="480" fill="#8ab"/></svg>';

export interface SlowImages {
  /** An article body of text with four pictures, two that fail and two that come late. */
  articleHtml: string;
  close(): Promise<void>;
}

export async function startSlowImages(): Promise<SlowImages> {
  const server = createServer((req, res) => {
    setTimeout(() => {
      const headers = { 'cache-control': 'no-store' };
      if (req.url?.startsWith('/late/')) res.writeHead(200, { ...headers, 'content-type': 'image/svg+xml' }).end(PICTURE);
      else res.writeHead(404, headers).end();
    }, WAIT_MS);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const figure = (kind: 'late' | 'fail', n: number) => `<figure><img src="${origin}/${kind}/${n}.svg" alt="Picture ${n} of the harbour"><figcaption>Picture ${n}</figcaption></figure>`;
  const articleHtml = [figure('fail', 1), paragraphs(600, 'a'), figure('late', 2), paragraphs(600, 'b'), figure('fail', 3), paragraphs(600, 'c'), figure('late', 4), paragraphs(600, 'd')].join('\n');
  return { articleHtml, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

/** Run in the reader page: true once every picture has loaded or failed. */
export function picturesSettled(): boolean {
  return [...document.querySelectorAll<HTMLImageElement>('.reader-body img')].every((img) => img.complete);
}

/** Run in the reader page: where it is, the stored fraction it stands for, and one line of its text in pixels. */
export interface ReaderPosition {
  y: number;
  fraction: number;
  line: number;
}

export function readerPosition(): ReaderPosition {
  const max = document.documentElement.scrollHeight - innerHeight;
  const line = parseFloat(getComputedStyle(document.querySelector('.reader-body p')!).lineHeight);
  return { y: scrollY, fraction: max > 0 ? scrollY / max : 0, line };
}

/** Opens the reader twice more: each time within one line of where it was read to, the saved progress untouched. */
export async function expectKeptTwice(reopen: () => Promise<{ position: ReaderPosition; close(): Promise<unknown> }>, progress: () => Promise<number>, read: ReaderPosition): Promise<void> {
  const saved = await progress();
  expect(saved).toBeCloseTo(read.fraction, 2);
  for (let again = 0; again < 2; again++) {
    const { position, close } = await reopen();
    expect(Math.abs(position.y - read.y)).toBeLessThanOrEqual(position.line);
    await close();
    expect(await progress()).toBe(saved);
  }
}
