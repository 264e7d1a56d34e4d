import type { Runtime } from 'webextension-polyfill';
import { browser } from '../shared/browser.ts';
import { dispatch } from '../shared/rpc.ts';
import { installBadge } from './badge.ts';
import { contentHandlers, eitherHandlers, uiHandlers } from './handlers.ts';
import { backgroundRoutes, originOf } from './routes.ts';

const routes = backgroundRoutes(
  { id: browser.runtime.id, origin: originOf(browser.runtime.getURL('/')) ?? '' },
  { content: contentHandlers, ui: uiHandlers, either: eitherHandlers },
);

browser.runtime.onMessage.addListener((raw: unknown, sender: Runtime.MessageSender) =>
  dispatch(
    routes,
    raw,
    { id: sender.id, url: sender.url, tabId: sender.tab?.id, frameId: sender.frameId },
    (reason) => console.warn(`ONSS guide: ${reason}`),
  ),
);

installBadge();
