/** A fresh in-memory database per test, and clips to save into it. */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import type { Clip } from '../../../src/core/clip';
import { createRepository, openDatabase, type QuireDB, type RepositoryOptions } from '../../../src/storage';

export function freshDb(): QuireDB {
  return openDatabase('quire', { indexedDB: new IDBFactory(), IDBKeyRange });
}

export function freshRepo(options: RepositoryOptions = {}) {
  const db = freshDb();
  let clock = Date.UTC(2026, 0, 1);
  const repo = createRepository(db, { storageManager: null, searchFlushDelayMs: null, now: () => (clock += 1000), ...options });
  return { db, repo };
}

export function clip(overrides: Partial<Clip> = {}): Clip {
  const url = overrides.url ?? 'https://news.example.com/story';
  return {
    url,
    canonicalUrl: overrides.canonicalUrl ?? url,
    title: 'A story',
    byline: 'Ada Writer',
    siteName: 'Example News',
    excerpt: 'What happened.',
    lang: 'en',
    dir: 'ltr',
    publishedTime: '2025-06-01T10:00:00Z',
    modifiedTime: null,
    leadImageUrl: null,
    faviconUrl: null,
    wordCount: null,
    readingMinutes: null,
    suggestedTags: [],
    html: '<p>Body text of the story.</p>',
    text: 'Body text of the story.',
    ...overrides,
  };
}
