// The extension API, promise-based in both browsers (webextension-polyfill is a no-op on Firefox).
import browser from 'webextension-polyfill';
import type { Message, Reply } from './messages.ts';
import { request } from './rpc.ts';

export { browser };

/** Sends a request to the background and resolves with its typed answer. */
export function send<M extends Message>(message: M): Promise<Reply<M['type']>> {
  return request((m) => browser.runtime.sendMessage(m), message);
}
