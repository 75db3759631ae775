/** Import fixtures as files a page's file input can take, and what an import stored. */
import { expect } from 'vitest';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { zipSync } from 'fflate';
import { ROOT } from './paths';

export const IMPORTS = path.join(ROOT, 'test/fixtures/imports');

/** A temporary folder for zips made from the fixtures. */
export interface Scratch {
  /** Zips parts of an export fixture folder into a file. */
  zip(dir: string, parts: string[]): Promise<string>;
  close(): Promise<void>;
}

export async function scratchFolder(): Promise<Scratch> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'quire-imports-'));
  return {
    async zip(dir, parts) {
      const files: Record<string, Uint8Array> = {};
      for (const part of parts) files[part] = await readFile(path.join(IMPORTS, dir, part));
      const file = path.join(root, `${dir}.zip`);
      await writeFile(file, zipSync(files));
      return file;
    },
    close: () => rm(root, { recursive: true, force: true }),
  };
}

/** A protocol request sent from an extension page, its reply as it came. */
export type Send = <T>(message: unknown) => Promise<{ ok: boolean; data: T }>;

/** The Omnivore fixture's article kept its labels as tags and its body, sanitized, with text for search: one block per line. */
export async function expectOmnivoreArticleStored(send: Send): Promise<void> {
  const meta = await send<{ id: string; tags: string[] }>({ type: 'articles.byUrl', url: 'https://www.inkandswitch.com/local-first/' });
  expect(meta.data.tags).toEqual(['software', 'long read']);
  const article = await send<{ html: string; text: string }>({ type: 'articles.get', id: meta.data.id });
  expect(article.data.html).toContain('never harder to own your data');
  expect(article.data.html).not.toContain('onerror');
  expect(article.data.text).toContain('Motivation: collaboration and ownership\nIt has never been easier to collaborate, and never harder to own your data.');
}
