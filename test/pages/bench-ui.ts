/**
 * Fills Quire's own "quire" database with the storage benchmark's corpus through the
 * storage repository, in one import transaction, and writes the search index snapshot,
 * which the background loads on its first search.
 */
import { createRepository, openDatabase } from '../../src/storage';
import { makeCorpus } from './bench-store-data';

export async function seedReadingList(articles: number, textBytes: number): Promise<{ seeded: number; words: string[] }> {
  const corpus = makeCorpus(articles, textBytes);
  const db = openDatabase();
  try {
    const repository = createRepository(db, { searchFlushDelayMs: null });
    await repository.deleteAll();
    await repository.applyImport(corpus.items);
    await repository.warmSearch();
    await repository.flushSearchIndex();
    return { seeded: corpus.items.length, words: corpus.words };
  } finally {
    db.close();
  }
}

declare global {
  interface Window {
    seedReadingList?: typeof seedReadingList;
  }
}

window.seedReadingList = seedReadingList;
