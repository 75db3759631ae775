/** page.preview, page.read, page.save and link.save: what the popup asks of the background. */
import type { Clip } from '../../core/clip';
import { asLink } from '../../core/clip-choice';
import type { Repository } from '../../storage';
import type { PagePreview, RequestOf, SaveResult } from '../../protocol';
import type { HandlerMap } from '../router';
import { linkClip, readTab, storeArticle, storeClip, storeLink, type TabAccess, type TabInfo } from '../save';

async function findSaved(repository: Repository, urls: (string | undefined)[]) {
  for (const url of new Set(urls.filter(Boolean) as string[])) {
    const saved = await repository.getByUrl(url);
    if (saved) return saved;
  }
  return null;
}

async function previewPage(repository: Repository, tabs: TabAccess, tabId: number): Promise<PagePreview> {
  const tab = await tabs.info(tabId);
  // The lookup by tab address runs while the page is read; the canonical one only if it differs.
  const [extracted, savedByTab] = await Promise.all([tabs.extract(tab.id, tab.url, 'article'), findSaved(repository, [tab.url])]);
  const clip = extracted.ok ? extracted.clip : null;
  return {
    tab: { url: tab.url, title: tab.title ?? tab.url, favIconUrl: tab.favIconUrl },
    clip,
    failure: extracted.ok ? null : { reason: extracted.reason, message: extracted.message },
    saved: savedByTab ?? (clip ? await findSaved(repository, [clip.canonicalUrl, clip.url]) : null),
  };
}

/** The tab, unless it shows another page than the one the popup previewed (`url`), whose content would not be what the popup showed. */
async function sameTab(tabs: TabAccess, tabId: number, url: string | undefined): Promise<TabInfo> {
  const tab = await tabs.info(tabId);
  if (url !== undefined && tab.url !== url) throw { code: 'tab-changed', message: 'The tab shows another page than the one previewed.' };
  return tab;
}

/** The clip the popup previewed is saved as is, so a save costs one write and no second extraction. */
async function clipToSave(tabs: TabAccess, { tabId, mode, clip, url }: RequestOf<'page.save'>): Promise<Clip> {
  if (mode === 'article' && clip) return clip;
  if (mode === 'link' && clip) return asLink(clip);
  const tab = await sameTab(tabs, tabId, url);
  return mode === 'link' ? linkClip(tab.url, tab.title, tab.favIconUrl) : readTab(tabs, tab, mode);
}

async function savePage(repository: Repository, tabs: TabAccess, request: RequestOf<'page.save'>): Promise<SaveResult> {
  const clip = await clipToSave(tabs, request);
  const title = request.title?.trim();
  const titled = title ? { ...clip, title } : clip;
  if (request.mode === 'link') return storeClip(repository, titled, request.tags, 'link');
  return storeArticle(repository, tabs, request.tabId, titled, request.tags);
}

export function pageHandlers(repository: Repository, tabs: TabAccess): Pick<HandlerMap, 'page.preview' | 'page.read' | 'page.save' | 'link.save'> {
  return {
    'page.preview': ({ tabId }) => previewPage(repository, tabs, tabId),
    'page.read': async ({ tabId, url, mode }) => readTab(tabs, await sameTab(tabs, tabId, url), mode),
    'page.save': (request) => savePage(repository, tabs, request),
    'link.save': ({ url, title, tags }) => storeLink(repository, url, title ?? null, tags),
  };
}
