import { browser, type Runtime } from '../platform/browser';
import { isRequest } from './protocol';
import { route, type HandlerMap } from './router';
import { isOwnExtensionPage } from './sender';
import { ping } from './handlers/ping';
import { pageHandlers } from './handlers/page';
import { articleHandlers } from './handlers/articles';
import { ioHandlers } from './handlers/io';

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
  return route(handlers, message);
});
