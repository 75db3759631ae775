import { browser, type Runtime } from '../platform/browser';
import { isRequest } from '../protocol';
import { route, type HandlerMap } from './router';
import { isOwnExtensionPage } from './sender';
import { ping } from './handlers/ping';
import { pageHandlers } from './handlers/page';
import { articleHandlers } from './handlers/articles';
import { ioHandlers } from './handlers/io';
import { clipActions } from './actions';
import { changesSavedPages, refreshBadges, registerBadge } from './badge';
import { registerCommands } from './commands';
import { registerMenus } from './menus';

const version = browser.runtime.getManifest().version;
const ownOrigin = browser.runtime.getURL('');

const handlers: HandlerMap = {
  ping: () => ping(version),
  ...pageHandlers,
  ...articleHandlers,
  ...ioHandlers,
};

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
  if (!isOwnExtensionPage(sender, browser.runtime.id, ownOrigin)) {
    return Promise.resolve({ ok: false, error: { code: 'forbidden', message: 'Only Quire pages may send requests.' } });
  }
  if (!isRequest(message)) {
    return Promise.resolve({ ok: false, error: { code: 'bad-request', message: 'Malformed request.' } });
  }
  return route(handlers, message).then((reply) => {
    if (reply.ok && changesSavedPages(message.type)) void refreshBadges();
    return reply;
  });
});

registerMenus();
registerCommands();
registerBadge();

/** Only Quire's own worker sees its global: devtools and real-browser tests run the menu and shortcut saves through it. */
(globalThis as { quireActions?: typeof clipActions }).quireActions = clipActions;
