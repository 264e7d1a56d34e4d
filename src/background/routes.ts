import { isProcedureHost } from '../shared/hosts.ts';
import { FromContent, FromEither, FromUi, type Message } from '../shared/messages.ts';
import type { Handlers, Route, SenderInfo } from '../shared/rpc.ts';

// Who may send what: content messages only from our own content scripts on a procedure host (any frame of it, the
// iframe variant included), UI messages only from our own pages, the few both send (the learned set's export) from
// either. The extension's id and origin are given, not read here, so that these rules are unit-tested as they run
// (no browser at import time).

export interface Self {
  /** runtime.id */
  id: string;
  /** originOf(runtime.getURL('/')): chrome-extension://<id> or moz-extension://<uuid>. */
  origin: string;
}

/** Scheme and host. Not URL.origin: outside the browsers (and in the URL standard) an extension URL's origin is
 *  "null", the same for every extension. */
export function originOf(url: string | undefined): string | null {
  const parsed = urlOf(url);
  return parsed ? `${parsed.protocol}//${parsed.host}` : null;
}

function urlOf(url: string | undefined): URL | null {
  try {
    return url ? new URL(url) : null;
  } catch {
    return null;
  }
}

/** A content script of ours, in a tab, on a procedure host over HTTPS. */
export const fromProcedurePage =
  (self: Self) =>
  (sender: SenderInfo): boolean => {
    const url = urlOf(sender.url);
    return (
      sender.id === self.id &&
      sender.tabId !== undefined &&
      url?.protocol === 'https:' &&
      isProcedureHost(url.hostname)
    );
  };

/** One of our own pages (popup, options), wherever it is shown. */
export const fromExtensionPage =
  (self: Self) =>
  (sender: SenderInfo): boolean =>
    sender.id === self.id && originOf(sender.url) === self.origin;

export function backgroundRoutes(
  self: Self,
  handlers: { content: Handlers<FromContent>; ui: Handlers<FromUi>; either: Handlers<FromEither> },
): Route<Message>[] {
  return [
    {
      schema: FromContent,
      accepts: fromProcedurePage(self),
      handlers: handlers.content,
    } satisfies Route<FromContent>,
    { schema: FromUi, accepts: fromExtensionPage(self), handlers: handlers.ui } satisfies Route<FromUi>,
    {
      schema: FromEither,
      accepts: (sender) => fromProcedurePage(self)(sender) || fromExtensionPage(self)(sender),
      handlers: handlers.either,
    } satisfies Route<FromEither>,
  ] as unknown as Route<Message>[];
}
