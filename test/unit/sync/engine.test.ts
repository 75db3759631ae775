import { afterEach, describe, expect, test } from 'vitest';
import { clip } from '../storage/helpers';
import { pairOnServer, type Pair } from './engine-devices';

const story = 'https://news.example.com/story';
let pair: Pair | null = null;

async function started(): Promise<Pair> {
  pair = await pairOnServer();
  await pair.a.sync.enable(pair.config);
  await pair.b.sync.enable(pair.config);
  return pair;
}

afterEach(async () => {
  await pair?.server.stop();
  pair = null;
});

describe('syncing two devices through a CouchDB server', () => {
  test('an article saved on one device appears on the other, with its body', async () => {
    const { a, b } = await started();
    await a.repo.saveClip(clip({ tags: ['news'] } as never));
    const sent = await a.sync.now();
    expect(sent).toMatchObject({ on: true, running: false, error: null, lastCounts: { sent: 1, received: 0, removed: 0 } });
    const received = await b.sync.now();
    expect(received.lastCounts).toEqual({ sent: 0, received: 1, removed: 0 });
    const there = (await b.repo.getByUrl(story))!;
    expect(there.title).toBe('A story');
    expect((await b.repo.get(there.id))!.text).toBe('Body text of the story.');
  });
});
