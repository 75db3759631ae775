/** The context menu: save the page, a link, or the selection to Quire. */
import { browser, t, type Menus, type Tabs } from '../platform/browser';
import type { ClipActions } from './actions';

export const MENU_IDS = { page: 'quire-save-page', link: 'quire-save-link', selection: 'quire-save-selection', highlight: 'quire-highlight-selection' } as const;

const ITEMS: { id: string; contexts: Menus.ContextType[]; titleKey: string }[] = [
  { id: MENU_IDS.page, contexts: ['page'], titleKey: 'clipMenuSavePage' },
  { id: MENU_IDS.link, contexts: ['link'], titleKey: 'clipMenuSaveLink' },
  { id: MENU_IDS.selection, contexts: ['selection'], titleKey: 'clipMenuSaveSelection' },
  { id: MENU_IDS.highlight, contexts: ['selection'], titleKey: 'clipMenuHighlight' },
];

/**
 * Menu items persist across worker restarts; they are made on install or update, and again
 * at browser start for browsers that drop an event page's items then (removeAll first, so
 * never twice).
 */
export async function createMenus(): Promise<void> {
  await browser.contextMenus.removeAll();
  for (const item of ITEMS) browser.contextMenus.create({ id: item.id, contexts: item.contexts, title: t(item.titleKey) });
}

export function onMenuClick(click: Menus.OnClickData, tab: Tabs.Tab | undefined, actions: ClipActions): Promise<unknown> | null {
  switch (click.menuItemId) {
    case MENU_IDS.page:
      return tab ? actions.savePageFromTab(tab) : null;
    case MENU_IDS.link:
      return actions.saveLinkFromMenu({ linkUrl: click.linkUrl, linkText: click.linkText }, tab);
    case MENU_IDS.selection:
      return tab ? actions.saveSelectionFromTab(tab) : null;
    case MENU_IDS.highlight:
      return tab ? actions.highlightSelectionFromTab(tab, click.selectionText) : null;
    default:
      return null;
  }
}

export function registerMenus(actions: ClipActions): void {
  browser.runtime.onInstalled.addListener(() => void createMenus());
  browser.runtime.onStartup.addListener(() => void createMenus());
  // Failures are already shown on the tab's badge.
  browser.contextMenus.onClicked.addListener((click, tab) => void onMenuClick(click, tab, actions)?.catch(() => undefined));
}
