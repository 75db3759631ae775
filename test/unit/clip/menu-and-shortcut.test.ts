import { describe, expect, test, vi } from 'vitest';
import type { Menus, Tabs } from '../../../src/platform/browser';
import { freshRepo } from '../storage/helpers';

vi.mock('../../../src/platform/browser', () => ({ browser: {}, t: (key: string) => key }));

const { MENU_IDS, onMenuClick } = await import('../../../src/background/menus');
const { onCommand } = await import('../../../src/background/commands');
const { createClipActions } = await import('../../../src/background/actions');
type ClipActions = ReturnType<typeof createClipActions>;

function fakeActions() {
  return {
    savePageFromTab: vi.fn(async () => 'page'),
    saveLinkFromMenu: vi.fn(async () => 'link'),
    saveSelectionFromTab: vi.fn(async () => 'selection'),
    saveWithShortcut: vi.fn(async () => 'shortcut'),
    highlightSelectionFromTab: vi.fn(async () => 'highlight'),
  } as unknown as ClipActions & Record<keyof ClipActions, ReturnType<typeof vi.fn>>;
}

const tab = { id: 7, url: 'https://news.example/story', title: 'Story' } as Tabs.Tab;
const click = (menuItemId: string, extra: Partial<Menus.OnClickData> = {}) => ({ menuItemId, editable: false, ...extra }) as Menus.OnClickData;

describe('the context menu', () => {
  test('"Save page to Quire" runs savePageFromTab with the tab', async () => {
    const actions = fakeActions();
    await expect(onMenuClick(click(MENU_IDS.page), tab, actions)).resolves.toBe('page');
    expect(actions.savePageFromTab).toHaveBeenCalledWith(tab);
  });

  test('"Save link to Quire" runs saveLinkFromMenu with the link and its text', async () => {
    const actions = fakeActions();
    await onMenuClick(click(MENU_IDS.link, { linkUrl: 'https://a.example/x', linkText: 'X' }), tab, actions);
    expect(actions.saveLinkFromMenu).toHaveBeenCalledWith({ linkUrl: 'https://a.example/x', linkText: 'X' }, tab);
  });

  test('"Save selection to Quire" runs saveSelectionFromTab with the tab', async () => {
    const actions = fakeActions();
    await onMenuClick(click(MENU_IDS.selection, { selectionText: 'words' }), tab, actions);
    expect(actions.saveSelectionFromTab).toHaveBeenCalledWith(tab);
  });

  test('"Highlight with Quire" runs highlightSelectionFromTab with the tab and the selected text', async () => {
    const actions = fakeActions();
    await expect(onMenuClick(click(MENU_IDS.highlight, { selectionText: 'bike lanes' }), tab, actions)).resolves.toBe('highlight');
    expect(actions.highlightSelectionFromTab).toHaveBeenCalledWith(tab, 'bike lanes');
  });

  test("another extension's menu item runs nothing", () => {
    const actions = fakeActions();
    expect(onMenuClick(click('someone-else'), tab, actions)).toBeNull();
    expect(Object.values(actions).every((fn) => fn.mock.calls.length === 0)).toBe(true);
  });

  test('the worker builds the five actions its listeners run and exposes as quireActions', () => {
    const { repo } = freshRepo();
    expect(Object.keys(createClipActions(repo, { info: vi.fn(), extract: vi.fn() })).sort()).toEqual(['highlightSelectionFromTab', 'saveLinkFromMenu', 'savePageFromTab', 'saveSelectionFromTab', 'saveWithShortcut']);
  });
});

describe('the keyboard shortcut', () => {
  test('"save-page" runs saveWithShortcut with the tab', async () => {
    const actions = fakeActions();
    await expect(onCommand('save-page', tab, actions)).resolves.toBe('shortcut');
    expect(actions.saveWithShortcut).toHaveBeenCalledWith(tab);
  });

  test('the manifest declares the same command, Alt+Shift+S by default', async () => {
    const manifest = (await import('../../../manifest.json')).default as { commands: Record<string, { suggested_key: { default: string } }> };
    expect(manifest.commands['save-page']?.suggested_key.default).toBe('Alt+Shift+S');
  });

  test('other commands run nothing', () => {
    const actions = fakeActions();
    expect(onCommand('open-list', tab, actions)).toBeNull();
    expect(actions.saveWithShortcut).not.toHaveBeenCalled();
  });
});
