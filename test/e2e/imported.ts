/** Expectations on what an import stored, shared by the Chromium and Firefox options-page tests. */
import { expect } from 'vitest';

/** A protocol request sent from an extension page, its reply as it came. */
export type Send = <T>(message: unknown) => Promise<{ ok: boolean; data: T }>;

/** The Omnivore fixture's article kept its labels as tags and its body, sanitized, with text for search. */
export async function expectOmnivoreArticleStored(send: Send): Promise<void> {
  const meta = await send<{ id: string; tags: string[] }>({ type: 'articles.byUrl', url: 'https://www.inkandswitch.com/local-first/' });
  expect(meta.data.tags).toEqual(['software', 'long read']);
  const article = await send<{ html: string; text: string }>({ type: 'articles.get', id: meta.data.id });
  expect(article.data.html).toContain('never harder to own your data');
  expect(article.data.html).not.toContain('onerror');
  expect(article.data.text).toContain('never harder to own your data');
}
