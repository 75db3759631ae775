/**
 * Version 5: the Markdown caches leave the body rows for a table of their own. The Markdown
 * zip reads only them (about a tenth of a body row's bytes), and the other exports and the
 * reader no longer read them with every body. The upgrade moves each cache, in the trash too.
 * Shipped, so frozen: the upgrade uses only the code and types below, as they were at version 5.
 */
import type { Transaction } from 'dexie';

export const V5_STORES = {
  markdown: 'id',
};

/** Until version 5, a body row held its Markdown cache, and so did the bodies in the trash. */
interface BodyV4 {
  id: string;
  md?: unknown;
}

interface MarkdownRowV5 {
  id: string;
  md: unknown;
}

interface TrashBatchV4 {
  bodies: BodyV4[];
  markdown?: MarkdownRowV5[];
}

/** Bodies read per step of the upgrade: enough for few round trips, few enough for memory. */
const UPGRADE_PAGE = 500;

/** The cache a version 4 body held, and the body without it. */
function splitCache({ md, ...body }: BodyV4): [BodyV4, MarkdownRowV5 | null] {
  return [body, md ? { id: body.id, md } : null];
}

function cachesOf(split: [BodyV4, MarkdownRowV5 | null][]): MarkdownRowV5[] {
  return split.flatMap(([, cache]) => (cache ? [cache] : []));
}

/**
 * Moves the Markdown caches out of the bodies and the trash's bodies. Bodies go in pages by
 * key, each written back with its caches in bulk: a cursor's round trip per body made this
 * several times slower.
 */
export async function upgradeToV5(tx: Transaction): Promise<void> {
  const bodies = tx.table('bodies');
  for (let last: string | null = null; ; ) {
    const page: BodyV4[] = await (last === null ? bodies.orderBy(':id') : bodies.where(':id').above(last)).limit(UPGRADE_PAGE).toArray();
    if (page.length === 0) break;
    last = page[page.length - 1]!.id;
    const split = page.filter((body) => body.md !== undefined).map(splitCache);
    await Promise.all([bodies.bulkPut(split.map(([body]) => body)), tx.table('markdown').bulkPut(cachesOf(split))]);
  }
  await tx
    .table('trash')
    .toCollection()
    .modify((batch: TrashBatchV4) => {
      const split = batch.bodies.map(splitCache);
      batch.bodies = split.map(([body]) => body);
      batch.markdown = cachesOf(split);
    });
}
