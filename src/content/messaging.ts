import type { FromContent, FromEither, Reply } from '../shared/messages.ts';
import { request } from '../shared/rpc.ts';
import type { BackgroundPort } from './port.ts';

// Talks to the background without webextension-polyfill (~10 KB of the content script's 30 KB): Firefox has the
// promise-based `browser`, and Chrome's MV3 `chrome.runtime.sendMessage` returns a promise too.

interface Runtime {
  runtime: { sendMessage(message: unknown): Promise<unknown> };
}

function api(): Runtime {
  const scope = globalThis as unknown as { browser?: Runtime; chrome?: Runtime };
  const found = scope.browser ?? scope.chrome;
  if (!found) throw new Error('no extension messaging in this context');
  return found;
}

export function send<M extends FromContent | FromEither>(message: M): Promise<Reply<M['type']>> {
  return request((m) => api().runtime.sendMessage(m), message);
}

export const background: BackgroundPort = {
  pageSeen: async ({ stepId, confidence, lang, company }) => {
    await send({ type: 'page/seen', stepId, confidence, lang, ...(company ? { company } : {}) });
  },
  observe: (observation) => send({ type: 'page/observed', ...observation }),
};

/** Teach mode's storage side: the background validates every fingerprint against the engine's schema. */
export const learnedStore = {
  learn: async (fingerprint: unknown) => {
    // The schema check happens in the background; here the fingerprint is just carried.
    await send({ type: 'learned/add', fingerprint: fingerprint as never });
  },
  exportLearned: () => send({ type: 'learned/export' }),
};
