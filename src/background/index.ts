import type { Runtime } from 'webextension-polyfill';
import { browser } from '../shared/browser.ts';
import { isProcedureHost } from '../shared/hosts.ts';
import { FromContent, FromUi, type Message } from '../shared/messages.ts';
import { dispatch, type Route, type SenderInfo } from '../shared/rpc.ts';
import { installBadge } from './badge.ts';
import { contentHandlers, uiHandlers } from './handlers.ts';

const extensionOrigin = new URL(browser.runtime.getURL('/')).origin;

function hostOf(url: string | undefined): string {
  try {
    return url ? new URL(url).hostname : '';
  } catch {
    return '';
  }
}

const ours = (sender: SenderInfo) => sender.id === browser.runtime.id;

const routes = [
  {
    schema: FromContent,
    accepts: (sender) => ours(sender) && sender.tabId !== undefined && isProcedureHost(hostOf(sender.url)),
    handlers: contentHandlers,
  } satisfies Route<FromContent>,
  {
    schema: FromUi,
    accepts: (sender) =>
      ours(sender) && sender.url !== undefined && new URL(sender.url).origin === extensionOrigin,
    handlers: uiHandlers,
  } satisfies Route<FromUi>,
] as unknown as Route<Message>[];

browser.runtime.onMessage.addListener((raw: unknown, sender: Runtime.MessageSender) =>
  dispatch(
    routes,
    raw,
    { id: sender.id, url: sender.url, tabId: sender.tab?.id, frameId: sender.frameId },
    (reason) => console.warn(`ONSS guide: ${reason}`),
  ),
);

installBadge();
