import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { Repository } from '../../../src/storage';
import { StorageError } from '../../../src/storage';
import { clip } from '../storage/helpers';
import { twoDevices } from './replicas';
import { Server } from './server';

const URLS = ['https://news.example.com/a', 'https://news.example.com/b', 'https://news.example.com/c'];
const TAGS = ['news', 'later', 'work'];

type Edit =
  | { kind: 'save'; url: number; text: number; tags: string[] }
  | { kind: 'tags'; url: number; tags: string[] }
  | { kind: 'progress'; url: number; value: number }
  | { kind: 'favorite'; url: number; on: boolean }
  | { kind: 'archive'; url: number; on: boolean }
  | { kind: 'remove'; url: number }
  | { kind: 'undo' }
  | { kind: 'send' }
  | { kind: 'receive' };

const url = fc.nat(URLS.length - 1);
const tags = fc.subarray(TAGS);
const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant('save' as const), url, text: fc.nat(2), tags }),
  fc.record({ kind: fc.constant('tags' as const), url, tags }),
  fc.record({ kind: fc.constant('progress' as const), url, value: fc.constantFrom(0.25, 0.5, 1) }),
  fc.record({ kind: fc.constant('favorite' as const), url, on: fc.boolean() }),
  fc.record({ kind: fc.constant('archive' as const), url, on: fc.boolean() }),
  fc.record({ kind: fc.constant('remove' as const), url }),
  fc.constant({ kind: 'undo' as const }),
  fc.constant({ kind: 'send' as const }),
  fc.constant({ kind: 'receive' as const }),
);
/** Which device makes each edit: any interleaving of the two, syncing (each half of a run on its own) or offline. */
const script = fc.array(fc.tuple(fc.constantFrom('a' as const, 'b' as const), edit), { maxLength: 24 });

interface Device {
  repo: Repository;
  undo: string[];
}

async function run(device: Device, step: Edit, server: Server): Promise<void> {
  const { repo } = device;
  if (step.kind === 'send') return server.send(repo);
  if (step.kind === 'receive') {
    // The removals sync applied can be undone too.
    const { undoToken } = await server.receive(repo);
    return void (undoToken && device.undo.push(undoToken));
  }
  if (step.kind === 'undo') return void (await repo.undoRemove(device.undo.pop() ?? 'none'));
  const target = URLS[step.url]!;
  if (step.kind === 'save') return void (await repo.saveClip({ ...clip({ url: target, text: `Body ${step.text}`, html: `<p>Body ${step.text}</p>` }), tags: step.tags }));
  const article = await repo.getByUrl(target);
  if (!article) return;
  if (step.kind === 'tags') await repo.setTags(article.id, step.tags);
  if (step.kind === 'progress') await repo.setProgress(article.id, step.value);
  if (step.kind === 'favorite') await repo.setFavorite(article.id, step.on);
  if (step.kind === 'archive') await repo.setStatus(article.id, step.on ? 'archived' : 'unread');
  if (step.kind === 'remove') device.undo.push((await repo.remove([article.id])).undoToken);
}

/** The list as the reader sees it, without what is this device's own (ids, update times). */
async function seen(repo: Repository) {
  const page = await repo.list({ sort: 'savedAt', order: 'asc', limit: 100 });
  const articles = await Promise.all(page.items.map((item) => repo.get(item.id)));
  return articles
    .map((article) => {
      const { id: _id, updatedAt: _updatedAt, html: _html, tags: own, ...shown } = article!;
      return { ...shown, tags: [...own].sort() };
    })
    .sort((x, y) => (x.url < y.url ? -1 : 1));
}

describe('two devices syncing through a server', () => {
  test('any interleaving of edits, offline edits of one article, removals and undos (of removals made here or pulled) ends with the same list on both', async () => {
    await fc.assert(
      fc.asyncProperty(script, async (steps) => {
        const { a, b } = twoDevices();
        const devices = { a: { repo: a, undo: [] }, b: { repo: b, undo: [] } } satisfies Record<string, Device>;
        const server = new Server();
        for (const [who, step] of steps) {
          await run(devices[who], step, server).catch((error: unknown) => {
            // An undo whose batch is gone (expired, or the page saved again since) fails as the reader would see.
            if (!(error instanceof StorageError && step.kind === 'undo')) throw error;
          });
        }
        for (const repo of [a, b, a]) await server.sync(repo);
        const onA = await seen(a);
        expect(await seen(b)).toEqual(onA);
        expect(new Set(onA.map((article) => article.url)).size).toBe(onA.length);
        expect((await a.sync.outgoing(100)).docs).toEqual([]);
      }),
      { numRuns: 100 },
    );
  }, 120_000);
});
