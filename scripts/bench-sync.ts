/**
 * Sync benchmark, in Node with the extension's engine (src/background/sync/) against the
 * real test server (test/support/couch-server.ts): repositories on fake-indexeddb, local
 * replicas on PouchDB's memory adapter, bodies through DOMPurify on linkedom.
 *
 *   npm run bench:sync [-- --json] [-- --articles N] [-- --rounds N] [-- --changes N] [-- --body-bytes N]
 *
 * Device A holds N articles with bodies and has sent them. Each round, an empty device B
 * turns sync on: the time to its list (every article applied) and to its bodies, against
 * bare PouchDB replication of the same database into an empty replica in the same round.
 * Then single changes on A (a tag): A's run, then B's run, each from its start (the alarm) to done.
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

const { values: args } = parseArgs({
  options: {
    json: { type: 'boolean', default: false },
    articles: { type: 'string', default: '10000' },
    rounds: { type: 'string', default: '3' },
    changes: { type: 'string', default: '10' },
    'body-bytes': { type: 'string', default: '3000' },
  },
});
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

  const list: number[] = [];
  const full: number[] = [];
  const bare: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const replica = new Pouch(`bare-${round}`, { adapter: 'memory' });
    const remote = new Pouch(databaseUrl(config), { adapter: 'http', auth: CREDENTIALS, skip_setup: true });
    const bareStart = performance.now();
    await replica.replicate.from(remote, { batch_size: 200, batches_limit: 2 });
    bare.push(performance.now() - bareStart);
    await replica.destroy();

    const b = timed(repository());
    const device = deviceOn(b.repo, 200);
    const start = performance.now();
    const status = await device.sync.enable(config);
    if (status.error) throw new Error(`B's first sync failed: ${status.error.message}`);
    full.push(performance.now() - start);
    list.push(b.listDoneAt() - start);
    const count = (await b.repo.stats()).total;
    if (count !== ARTICLES) throw new Error(`B has ${count} articles, not ${ARTICLES}`);
  }

  const b = deviceOn(repository(), 200);
  await b.sync.enable(config);
  const onA: number[] = [];
  const onB: number[] = [];
  const page = await a.repo.list({ sort: 'savedAt', order: 'asc', limit: CHANGES });
  for (const [i, item] of page.items.entries()) {
    await a.repo.setTags(item.id, [`change-${i}`]);
    let t = performance.now();
    await a.sync.now();
    onA.push(performance.now() - t);
    t = performance.now();
    await b.sync.now();
    onB.push(performance.now() - t);
    const there = await b.repo.getByUrl(item.url);
    if (!there?.tags.includes(`change-${i}`)) throw new Error(`The change to ${item.url} did not reach B`);
  }

  const rows = [
    { figure: `A's first send of ${ARTICLES} (one run)`, median: firstSend, p95: firstSend, target: '' },
    { figure: `B: list of ${ARTICLES} visible`, median: median(list), p95: p95(list), target: '<= 30000' },
    { figure: `B: first sync done (bodies too)`, median: median(full), p95: p95(full), target: '' },
    { figure: 'baseline: bare PouchDB replication into an empty replica', median: median(bare), p95: p95(bare), target: '' },
    { figure: 'ratio: B first sync / bare replication', median: median(full) / median(bare), p95: p95(full) / p95(bare), target: '' },
    { figure: "one change: A's run", median: median(onA), p95: p95(onA), target: '' },
    { figure: "one change: B's run (alarm to applied)", median: median(onB), p95: p95(onB), target: '<= 3000' },
  ];
  const load = loadavg().map((x) => x.toFixed(2)).join(' ');
  if (args.json) console.log(JSON.stringify({ articles: ARTICLES, rounds: ROUNDS, changes: CHANGES, bodyBytes: BODY_BYTES, load, rows }, null, 2));
  else {
    console.log(`bench:sync, Node engine, ${ARTICLES} articles of ${BODY_BYTES} B bodies, ${ROUNDS} rounds, ${CHANGES} changes; ${cpus().length} cores, load ${load}`);
    console.table(rows.map((row) => ({ ...row, median: Number(row.median.toFixed(row.figure.startsWith('ratio') ? 2 : 0)), p95: Number(row.p95.toFixed(row.figure.startsWith('ratio') ? 2 : 0)) })));
  }
} finally {
  await server.stop();
}
