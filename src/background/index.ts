import { browser, type Runtime } from '../platform/browser';
import { IMPORT_PROGRESS_PORT, isRequest } from '../protocol';
import { createRepository, openDatabase } from '../storage';
import { route } from './router';
import { isOwnExtensionPage } from './sender';
import { createHandlers } from './handlers';
import { ImportProgress } from './import-progress';
import { createClipActions } from './actions';
import { browserTabs, pageImages } from './tabs';
import { imageSaver } from './images';
import { changesSavedPages, refreshBadges, registerBadge } from './badge';
import { registerCommands } from './commands';
import { registerMenus } from './menus';

const version = browser.runtime.getManifest().version;
const ownOrigin = browser.runtime.getURL('');

/** The one repository over the "quire" database; Dexie opens it at the first request that reads or writes. */
const repository = createRepository(openDatabase());
const savedAt = (url: string) => repository.getByUrl(url);
const tabs = { ...browserTabs, images: imageSaver(repository, pageImages) };
const importProgress = new ImportProgress();
const handlers = createHandlers(repository, { version, tabs, importProgress });
const clipActions = createClipActions(repository, tabs);

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
  if (!isOwnExtensionPage(sender, browser.runtime.id, ownOrigin)) {
    return Promise.resolve({ ok: false, error: { code: 'forbidden', message: 'Only Quire pages may send requests.' } });
  }
  if (!isRequest(message)) {
    return Promise.resolve({ ok: false, error: { code: 'bad-request', message: 'Malformed request.' } });
  }
  return route(handlers, message).then((reply) => {
    if (reply.ok && changesSavedPages(message.type)) void refreshBadges(savedAt);
    return reply;
  });
});

browser.runtime.onConnect.addListener((port) => {
  if (port.name === IMPORT_PROGRESS_PORT && port.sender && isOwnExtensionPage(port.sender, browser.runtime.id, ownOrigin)) importProgress.attach(port);
  else port.disconnect();
});

registerMenus(clipActions);
registerCommands(clipActions);
registerBadge(savedAt);

/** Only Quire's own worker sees its global: devtools and real-browser tests run the menu and shortcut saves through it. */
(globalThis as { quireActions?: typeof clipActions }).quireActions = clipActions;
