/**
 * Version 2: running counts (Chromium counts index entries one by one, too slow for a
 * total on every page) and status-first sort indexes, so the unread list pages by range.
 * They replace the status index and the plain sort indexes (a page of everything merges
 * the two status ranges): every index entry is a write that a bulk import pays for.
 * Journal rows hold all the changes of one write.
 *
 * Shipped, so frozen: the upgrade uses only the code below, as it was at version 2, so a
 * later change to how the repository counts cannot change what this upgrade writes.
 */
import type { Transaction } from 'dexie';

export const V2_STORES = {
  articles: 'id, &urlKey, *tags, fav, [status+savedAt+id], [status+pubAt+id], [status+titleKey+id], [status+readingMinutes+id]',
  counts: 'key',
};

/** What a version 1 article row holds that the counts read. */
interface CountedV1 {
  status: string;
  favorite: boolean;
  tags: string[];
}

/** Version 1 journal rows held one article each. */
interface JournalEntryV1 {
  seq: number;
  id: string;
  body: boolean;
}

function countKeysV2(article: CountedV1): string[] {
  return ['all', `status:${article.status}`, ...(article.favorite ? ['favorite'] : []), ...article.tags.map((tag) => `tag:${tag}`)];
}

function countAllV2(articles: CountedV1[]): { key: string; n: number }[] {
  const totals = new Map<string, number>();
  for (const article of articles) for (const key of countKeysV2(article)) totals.set(key, (totals.get(key) ?? 0) + 1);
  return [...totals].map(([key, n]) => ({ key, n }));
}

export async function upgradeToV2(tx: Transaction): Promise<void> {
  const articles: CountedV1[] = await tx.table('articles').toArray();
  await tx.table('counts').bulkPut(countAllV2(articles));
  const journal: JournalEntryV1[] = await tx.table('searchJournal').toArray();
  await tx.table('searchJournal').bulkPut(journal.map(({ seq, id, body }) => ({ seq, changes: [[id, body]] })));
}
