/**
 * The cluttered seed news page, end to end: the popup saves it with tags, the reader
 * renders it, an export downloads it, saving it again keeps one record, and the popup's
 * "Saved on" view edits it. The scenarios follow on from one another, in order.
 */
import { describe, expect, test } from 'vitest';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Article } from '../../src/core/article';
import { cachedMarkdown } from './markdown-cache';
import { popupOn, tagsFocused } from './popup';
import { article, send } from './probe';
import { serveSeedPage } from './rewritten-site';
import { useSuite } from './suite';

const TITLE = 'Iran Terror Threats Reach Albania';
const suite = useSuite(serveSeedPage);
const pageUrl = () => suite.server.url('extract/seed-page.html');
/** The page's canonical link, as served. */
const canonicalUrl = () => suite.server.url('en/terrorism/iran-terror-threats-reach-albania/');

describe('the cluttered seed page, saved from the popup', () => {
  test('saves with two tags, its metadata and a clean body', async () => {
    const { popup, close } = await popupOn(suite.session, pageUrl());
    await popup.waitUntil((title) => document.querySelector<HTMLInputElement>('#clip-title')?.value === title, TITLE);
    expect(await popup.text('.clip__site')).toContain('Iran Focus');
    expect(await popup.text('.clip__facts')).toContain('Jubin Katiraie');
    await tagsFocused(popup);
    await popup.type('world news');
    await popup.press('Enter');
    await popup.type('albania');
    await popup.press(',');
    await popup.button('Save');
    await popup.waitForText(/Saved on /);

    const saved = await article(suite.session, canonicalUrl());
    expect(saved).toMatchObject({ url: pageUrl(), canonicalUrl: canonicalUrl(), title: TITLE, byline: 'Jubin Katiraie', siteName: 'Iran Focus', kind: 'article' });
    expect(saved.tags.sort()).toEqual(['albania', 'world news']);
    expect(saved.publishedTime).toContain('2020-01-27');
    // The same eleven paragraphs and word count as extraction gives in Node (test/unit/extract/seed-page.test.ts).
    expect(saved.text.split('\n')).toHaveLength(11);
    expect(saved.wordCount).toBe(406);
    expect(saved.text).toMatch(/^Tensions between the Iranian government/);
    expect(saved.text).toMatch(/respond to any attacks\.$/);
    expect(saved.html).toContain('<figcaption>Albanian security forces</figcaption>');
    expect(saved.html).not.toMatch(
      /<script|<form|onerror|Latest news|Must read|Recommended to you|You might also like|Advertisement|Leave A Reply|cookies|All rights reserved|pixel\.example-tracker/,
    );
    // The content script converted the body to Markdown, and the background cached it for the Markdown zip.
    expect(await cachedMarkdown(suite.session, saved.id)).toContain('Tensions between the Iranian government');
    await close();
  });

  test('the reader renders the saved article', async () => {
    const saved = await article(suite.session, canonicalUrl());
    const reader = await suite.session.openExtensionPage(`reader/index.html?id=${saved.id}`);
    await reader.waitFor('.reader-body');
    expect(await reader.text('h1.reader-title')).toBe(TITLE);
    expect(await reader.text('.reader-body')).toContain('Tensions between the Iranian government');
    expect(await reader.text('.reader-body figcaption')).toBe('Albanian security forces');
    expect(await reader.count('.reader-body script, .reader-body iframe')).toBe(0);
    expect(await reader.title()).toBe(TITLE);
    await reader.close();
  });

  test('an export from the options page downloads the article as Quire JSON', async () => {
    const options = await suite.session.openExtensionPage('options/index.html');
    await options.waitFor('#export-button');
    await options.select('#export-format', 'quire-json');
    const file = await suite.session.download(() => options.click('#export-button'));
    expect(path.basename(file)).toMatch(/^quire-\d{4}-\d{2}-\d{2}\.json$/);
    const exported = JSON.parse(await readFile(file, 'utf8')) as { format: string; articles: Article[] };
    expect(exported.format).toBe('quire');
    expect(exported.articles).toEqual([expect.objectContaining({ url: pageUrl(), title: TITLE, tags: expect.arrayContaining(['albania', 'world news']) })]);
    await options.waitForText(/1\b.*quire-.*\.json/);
    await options.close();
  });

  test('the same page saved again stays one record, and the popup opens on "Saved on"', async () => {
    const first = await article(suite.session, canonicalUrl());
    const { popup, close } = await popupOn(suite.session, `${pageUrl()}?utm_source=newsletter`);
    await popup.waitForText(/Saved on /);
    await popup.button('Update saved copy');
    await popup.waitForText(/The saved copy is up to date\./);
    const list = await send(suite.session, { type: 'articles.list', query: { sort: 'savedAt', order: 'desc', limit: 100 } });
    expect(list.items.filter((item) => item.canonicalUrl === canonicalUrl()).map((item) => item.id)).toEqual([first.id]);
    expect((await article(suite.session, canonicalUrl())).tags).toEqual(expect.arrayContaining(['world news', 'albania']));
    await close();
  });

  test('"Saved on": tags edit in place, Archive, and Remove with Undo', async () => {
    const stored = () => article(suite.session, canonicalUrl());
    const { popup, close } = await popupOn(suite.session, pageUrl());
    await popup.waitForText(/Saved on /);
    await popup.button('Remove tag albania');
    await popup.waitForText(/Tags saved\./);
    expect((await stored()).tags).toEqual(['world news']);
    await popup.button('Archive');
    await popup.hasButton('Move back to unread');
    expect((await stored()).status).toBe('archived');
    await popup.button('Remove');
    await popup.hasButton('Save');
    expect(await send(suite.session, { type: 'articles.byUrl', url: canonicalUrl() })).toBeNull();
    await popup.button('Undo');
    await popup.waitForText(/Saved on /);
    expect(await stored()).toMatchObject({ status: 'archived', tags: ['world news'] });
    await close();
  });
});
