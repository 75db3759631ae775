import { browser, type Runtime } from '../platform/browser';
import { IMPORT_PROGRESS_PORT, isRequest, SYNC_STATUS_PORT } from '../protocol';
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
import { changesSynced, createSync, registerSyncSchedule } from './sync';

const version = browser.runtime.getManifest().version;
const ownOrigin = browser.runtime.getURL('');

/** The one repository over the "quire" database; Dexie opens it at the first request that reads or writes. */
const repository = createRepository(openDatabase());
const savedAt = (url: string) => repository.getByUrl(url);
const tabs = { ...browserTabs, images: imageSaver(repository, pageImages) };
const importProgress = new ImportProgress();
const sync = createSync(repository);
const syncSchedule = registerSyncSchedule(sync);
const handlers = createHandlers(repository, { version, tabs, importProgress, sync });
const clipActions = createClipActions(repository, tabs);

function afterWrite(type: string): void {
  if (changesSavedPages(type)) void refreshBadges(savedAt);
  if (changesSynced(type)) syncSchedule.changed();
}

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
  if (!isOwnExtensionPage(sender, browser.runtime.id, ownOrigin)) {
    return Promise.resolve({ ok: false, error: { code: 'forbidden', message: 'Only Quire pages may send requests.' } });
  }
  if (!isRequest(message)) {
    return Promise.resolve({ ok: false, error: { code: 'bad-request', message: 'Malformed request.' } });
  }
  // Deleting everything turns sync off first (the server keeps its copy): docs/sync.md.
  const before = message.type === 'data.deleteAll' ? sync.disable() : Promise.resolve();
  return before.then(() => route(handlers, message)).then((reply) => {
    // After the reply has left: the badge's lookups would otherwise go ahead of it.
    if (reply.ok) setTimeout(() => afterWrite(message.type), 0);
    return reply;
  });
});

browser.runtime.onConnect.addListener((port) => {
  const own = port.sender !== undefined && isOwnExtensionPage(port.sender, browser.runtime.id, ownOrigin);
  if (own && port.name === IMPORT_PROGRESS_PORT) importProgress.attach(port);
  else if (own && port.name === SYNC_STATUS_PORT) port.onDisconnect.addListener(sync.listen((status) => port.postMessage(status)));
  else port.disconnect();
});

registerMenus(clipActions);
registerCommands(clipActions);
registerBadge(savedAt);

/** Only Quire's own worker sees its global: devtools and real-browser tests run the menu and shortcut saves through it. */
(globalThis as { quireActions?: typeof clipActions }).quireActions = clipActions;
