/** The keyboard shortcut (Alt+Shift+S by default): save the current page with the default tags. */
import { browser, type Tabs } from '../platform/browser';
import type { ClipActions } from './actions';

export const SAVE_COMMAND = 'save-page';

export function onCommand(command: string, tab: Tabs.Tab | undefined, actions: ClipActions): Promise<unknown> | null {
  return command === SAVE_COMMAND ? actions.saveWithShortcut(tab) : null;
}

export function registerCommands(actions: ClipActions): void {
  // Failures are already shown on the tab's badge.
  browser.commands.onCommand.addListener((command, tab) => void onCommand(command, tab, actions)?.catch(() => undefined));
}
