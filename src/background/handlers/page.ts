/** page.preview, page.save and link.save: what the popup asks of the background. */
import type { Clip } from '../../core/clip';
import { getRepository } from '../db';
import type { PagePreview, RequestOf, SaveResult } from '../../protocol';
import type { HandlerMap } from '../router';
import { linkClip, readTab, storeClip, storeLink, tabInfo } from '../save';
import { extractFromTab } from '../tab-extract';

async function findSaved(urls: (string | undefined)[]) {
  const repository = getRepository();
  for (const url of new Set(urls.filter(Boolean) as string[])) {
    const saved = await repository.getByUrl(url);
    if (saved) return saved;
  }
  return null;
}

export async function previewPage(tabId: number): Promise<PagePreview> {
  const tab = await tabInfo(tabId);
  // The lookup by tab address runs while the page is read; the canonical one only if it differs.
  const [extracted, savedByTab] = await Promise.all([extractFromTab(tab.id, tab.url, 'article'), findSaved([tab.url])]);
  const clip = extracted.ok ? extracted.clip : null;
  return {
    tab: { url: tab.url, title: tab.title ?? tab.url, favIconUrl: tab.favIconUrl },
    clip,
    failure: extracted.ok ? null : { reason: extracted.reason, message: extracted.message },
    saved: savedByTab ?? (clip ? await findSaved([clip.canonicalUrl, clip.url]) : null),
  };
}

/** The clip the popup previewed is saved as is, so a save costs one write and no second extraction. */
async function clipToSave({ tabId, mode, clip }: RequestOf<'page.save'>): Promise<Clip> {
  if (mode === 'article' && clip) return clip;
  if (mode === 'link' && clip) return { ...clip, html: null, text: null, wordCount: null, readingMinutes: null };
  const tab = await tabInfo(tabId);
  return mode === 'link' ? linkClip(tab.url, tab.title, tab.favIconUrl) : readTab(tab, mode);
}

export async function savePage(request: RequestOf<'page.save'>): Promise<SaveResult> {
  const clip = await clipToSave(request);
  const title = request.title?.trim();
  return storeClip(title ? { ...clip, title } : clip, request.tags, request.mode === 'link' ? 'link' : 'article');
}

export const pageHandlers: Pick<HandlerMap, 'page.preview' | 'page.save' | 'link.save'> = {
  'page.preview': ({ tabId }) => previewPage(tabId),
  'page.save': savePage,
  'link.save': ({ url, title, tags }) => storeLink(url, title ?? null, tags),
};
