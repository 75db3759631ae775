/** Two devices with their own databases, one clock, and sync's exchange between them. */
import type { Repository } from '../../../src/storage';
import { freshDb } from '../storage/helpers';
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
