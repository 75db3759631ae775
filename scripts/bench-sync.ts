/**
 * Sync benchmark, in Node with the extension's engine (src/background/sync/) against the
 * real test server (test/support/couch-server.ts): repositories on fake-indexeddb, local
 * replicas on PouchDB's memory adapter, bodies through DOMPurify on linkedom.
 *
 *   npm run bench:sync [-- --json] [-- --articles N] [-- --rounds N] [-- --changes N] [-- --body-bytes N] [-- --only node|chromium]
 *
 * Device A (Node) holds N articles with bodies and has sent them. Each round, an empty
 * device B turns sync on: the time to its list (every article applied) and to its bodies,
 * against bare PouchDB replication of the same database into an empty replica in the same
 * round. B is the same engine in Node, and the real extension in a fresh Chromium profile
 * (the test build, dist/chrome-test: run `npm run build` first). Then single changes on A
 * (a tag): A's run, then B's run, each from its start (the alarm) to done.
 */
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { cpus, loadavg } from 'node:os';
import type { ImportItem } from '../src/core/formats/types';
import { createRepository, type Repository } from '../src/storage';
import { databaseUrl } from '../src/background/sync/remote';
import { freshDb } from '../test/unit/storage/helpers';
import { CREDENTIALS, deviceOn, Pouch } from '../test/unit/sync/engine-devices';
import { startCouchServer } from '../test/support/couch-server';
import { median, p95 } from './bench/median';
import { launchChromium } from './browser/chromium';

const { values: args } = parseArgs({
  options: {
    json: { type: 'boolean', default: false },
    articles: { type: 'string', default: '10000' },
    rounds: { type: 'string', default: '3' },
    changes: { type: 'string', default: '10' },
    'body-bytes': { type: 'string', default: '3000' },
    only: { type: 'string' },
  },
});
const SIDES = args.only ? [args.only] : ['node', 'chromium'];
const ARTICLES = Number(args.articles);
const ROUNDS = Number(args.rounds);
const CHANGES = Number(args.changes);
const BODY_BYTES = Number(args['body-bytes']);

const repository = (): Repository => createRepository(freshDb(), { storageManager: null, searchFlushDelayMs: null });

function items(count: number): ImportItem[] {
  const paragraph = 'A sentence of the article, long enough to read like news. ';
  const text = paragraph.repeat(Math.max(1, Math.round(BODY_BYTES / paragraph.length)));
  return Array.from({ length: count }, (_, i) => ({
    line: i + 1,
    url: `https://news.example.com/${i}`,
    title: `Story ${i}`,
    tags: [i % 3 ? 'news' : 'later'],
    status: 'unread' as const,
    favorite: false,
    savedAt: Date.UTC(2026, 0, 1) + i,
    kind: 'article' as const,
    html: `<p>${text}</p>`,
    text,
  }));
}

/** B's repository, noting when its last list-only apply ended (the list complete) and the run's end. */
function timed(repo: Repository): { repo: Repository; listDoneAt: () => number } {
  let listDoneAt = 0;
  const sync = {
    ...repo.sync,
    applyIncoming: async (...call: Parameters<Repository['sync']['applyIncoming']>) => {
      const result = await repo.sync.applyIncoming(...call);
      if (call[0].length > 0) listDoneAt = performance.now();
      return result;
    },
  };
  return { repo: { ...repo, sync }, listDoneAt: () => listDoneAt };
}

/** A device B: its first sync (ms to the list, ms to done), one run, the tags it holds for a page. */
interface Side {
  name: string;
  firstSync(): Promise<{ list: number; full: number }>;
  run(): Promise<number>;
  tagsOf(url: string): Promise<string[]>;
  close(): Promise<void>;
}

async function nodeSide(): Promise<Side> {
  const b = timed(repository());
  const device = deviceOn(b.repo, 200);
  return {
    name: 'node',
    async firstSync() {
      const start = performance.now();
      const status = await device.sync.enable(config);
      if (status.error) throw new Error(`B's first sync failed: ${status.error.message}`);
      const full = performance.now() - start;
      const count = (await b.repo.stats()).total;
      if (count !== ARTICLES) throw new Error(`B has ${count} articles, not ${ARTICLES}`);
      return { list: b.listDoneAt() - start, full };
    },
    async run() {
      const t = performance.now();
      await device.sync.now();
      return performance.now() - t;
    },
    tagsOf: async (url) => (await b.repo.getByUrl(url))?.tags ?? [],
    close: async () => undefined,
  };
}

/** In B's extension page: turns sync on, polling the list's size, and answers when the list was complete and when the run ended. */
function firstSyncInPage(server: object, total: number): string {
  return `(async () => {
    const send = (message) => chrome.runtime.sendMessage(message);
    const start = performance.now();
    let listAt = 0;
    let done = false;
    const seen = async () => {
      const reply = await send({ type: 'stats' });
      if (!listAt && reply && reply.ok && reply.data.total >= ${total}) listAt = performance.now();
    };
    const polling = (async () => {
      while (!done) {
        await seen();
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
    })();
    const reply = await send({ type: 'sync.enable', server: ${JSON.stringify(server)} });
    const full = performance.now() - start;
    done = true;
    await polling;
    await seen();
    if (!reply || !reply.ok || reply.data.error) throw new Error('B in Chromium: ' + JSON.stringify(reply));
    if (!listAt) throw new Error('B in Chromium does not have the ${total} articles');
    return { list: listAt - start, full };
  })()`;
}

/** The real extension in a fresh Chromium profile; its options page sends the requests and times them. */
async function chromiumSide(): Promise<Side> {
  const session = await launchChromium();
  const page = await session.openExtensionPage('options/index.html');
  const send = <T>(request: object): Promise<T> =>
    page.evaluate(async (message) => {
      const reply = await (globalThis as unknown as { chrome: typeof chrome }).chrome.runtime.sendMessage(message);
      if (!reply?.ok) throw new Error(JSON.stringify(reply?.error));
      return reply.data;
    }, request) as Promise<T>;
  return {
    name: 'chromium',
    // A string, not a function: tsx's helpers (__name) do not exist in the page.
    firstSync: () => page.evaluate<{ list: number; full: number }>(firstSyncInPage(config, ARTICLES)),
    run: () =>
      page.evaluate(async () => {
        const t = performance.now();
        await (globalThis as unknown as { chrome: typeof chrome }).chrome.runtime.sendMessage({ type: 'sync.now' });
        return performance.now() - t;
      }),
    tagsOf: async (url) => (await send<{ tags: string[] } | null>({ type: 'articles.byUrl', url }))?.tags ?? [],
    close: () => session.close(),
  };
}

const server = await startCouchServer(CREDENTIALS);
const config = { url: server.url, database: 'bench', ...CREDENTIALS };
try {
  const a = deviceOn(repository(), 200);
  await a.repo.applyImport(items(ARTICLES));
  const created = await a.sync.createDatabase(config);
  if (!created.ok) throw new Error(`The test server's database: ${created.message}`);
  const sendStart = performance.now();
  const sent = await a.sync.enable(config);
  if (sent.error) throw new Error(`A's first sync failed: ${sent.error.message}`);
  const firstSend = performance.now() - sendStart;

  const figures = new Map<string, { list: number[]; full: number[]; onB: number[] }>();
  const bare: number[] = [];
  const onA: number[] = [];
  for (const side of SIDES) figures.set(side, { list: [], full: [], onB: [] });
  for (let round = 0; round < ROUNDS; round++) {
    const replica = new Pouch(`bare-${round}`, { adapter: 'memory' });
    const remote = new Pouch(databaseUrl(config), { adapter: 'http', auth: CREDENTIALS, skip_setup: true });
    const bareStart = performance.now();
    await replica.replicate.from(remote, { batch_size: 200, batches_limit: 2 });
    bare.push(performance.now() - bareStart);
    await replica.destroy();
    for (const side of SIDES) {
      const b = side === 'node' ? await nodeSide() : await chromiumSide();
      try {
        const first = await b.firstSync();
        figures.get(side)!.list.push(first.list);
        figures.get(side)!.full.push(first.full);
        if (round === ROUNDS - 1) await changes(b, figures.get(side)!.onB);
      } finally {
        await b.close();
      }
    }
  }

  /** CHANGES single changes on A, each sent by A's run and pulled by B's. */
  async function changes(b: Side, onB: number[]): Promise<void> {
    const page = await a.repo.list({ sort: 'savedAt', order: 'asc', limit: CHANGES });
    for (const [i, item] of page.items.entries()) {
      const tag = `change-${b.name}-${i}`;
      await a.repo.setTags(item.id, [tag]);
      const t = performance.now();
      await a.sync.now();
      onA.push(performance.now() - t);
      onB.push(await b.run());
      if (!(await b.tagsOf(item.url)).includes(tag)) throw new Error(`The change to ${item.url} did not reach B (${b.name})`);
    }
  }

  const rows = [
    { figure: `A's first send of ${ARTICLES} (one run, Node)`, median: firstSend, p95: firstSend, target: '' },
    { figure: 'baseline: bare PouchDB replication into an empty replica (Node)', median: median(bare), p95: p95(bare), target: '' },
    { figure: "one change: A's run (Node)", median: median(onA), p95: p95(onA), target: '' },
  ];
  for (const [side, f] of figures) {
    rows.push(
      { figure: `B in ${side}: list of ${ARTICLES} visible`, median: median(f.list), p95: p95(f.list), target: '<= 30000' },
      { figure: `B in ${side}: first sync done (bodies too)`, median: median(f.full), p95: p95(f.full), target: '' },
      { figure: `ratio: B in ${side} first sync / bare replication`, median: median(f.full) / median(bare), p95: p95(f.full) / p95(bare), target: '' },
      { figure: `B in ${side}: one change's run (alarm to applied)`, median: median(f.onB), p95: p95(f.onB), target: '<= 3000' },
    );
  }
  const load = loadavg().map((x) => x.toFixed(2)).join(' ');
  if (args.json) console.log(JSON.stringify({ articles: ARTICLES, rounds: ROUNDS, changes: CHANGES, bodyBytes: BODY_BYTES, load, rows }, null, 2));
  else {
    console.log(`bench:sync, ${ARTICLES} articles of ${BODY_BYTES} B bodies, ${ROUNDS} rounds, ${CHANGES} changes; ${cpus().length} cores, load ${load}`);
    console.table(rows.map((row) => ({ ...row, median: Number(row.median.toFixed(row.figure.startsWith('ratio') ? 2 : 0)), p95: Number(row.p95.toFixed(row.figure.startsWith('ratio') ? 2 : 0)) })));
  }
} finally {
  await server.stop();
}
