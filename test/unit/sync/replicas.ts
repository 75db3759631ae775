/** Two devices with their own databases, one clock, and sync's exchange between them. */
import type { ArticleMeta } from '../../../src/core/article';
import type { Repository, SaveClipInput } from '../../../src/storage';
import { clip, freshDb } from '../storage/helpers';
import { createRepository } from '../../../src/storage';

export function twoDevices() {
  let clock = Date.UTC(2026, 0, 1);
  const now = () => (clock += 1000);
  const device = () => createRepository(freshDb(), { storageManager: null, searchFlushDelayMs: null, now });
  return { a: device(), b: device() };
}

/** One run of sync from `from` to `to`, without a server between them. */
export async function send(from: Repository, to: Repository) {
  const out = await from.sync.outgoing(1000);
  const applied = await to.sync.applyIncoming(out.docs, out.bodies);
  await from.sync.acknowledge(out.upTo);
  return { out, applied };
}

export async function titles(repo: Repository): Promise<string[]> {
  const page = await repo.list({ sort: 'savedAt', order: 'asc', limit: 1000 });
  return page.items.map((item) => item.title);
}

/** An article saved on `a` and sent to `b`: its id on each. */
export async function savedOnBoth(a: Repository, b: Repository, input: SaveClipInput = clip()) {
  const { article } = await a.saveClip(input);
  await send(a, b);
  return { onA: article.id, onB: (await b.getByUrl(article.url))!.id };
}

/** What `pick` reads of the article at `url` on each device. */
export function onBoth<T>(devices: Repository[], url: string, pick: (article: ArticleMeta) => T): Promise<T[]> {
  return Promise.all(devices.map(async (repo) => pick((await repo.getByUrl(url))!)));
}
