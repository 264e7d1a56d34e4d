import type * as z from 'zod/mini';
import type { Envelope, Message, MessageType, RefusalText, Reply } from './messages.ts';

// A small typed handler map: the receiver validates, the sender gets a promise that rejects with the remote error.

export type Origin = 'content' | 'ui';

export interface SenderInfo {
  /** The id of the extension that sent it, if any. */
  id?: string;
  /** URL of the frame or page that sent it. */
  url?: string;
  tabId?: number;
  frameId?: number;
}

export type Handler<M extends Message> = (message: M, sender: SenderInfo) => Promise<Reply<M['type']>>;
export type Handlers<U extends Message> = { [K in U['type']]: Handler<Extract<U, { type: K }>> };

export interface Route<U extends Message> {
  schema: z.ZodMiniType<U>;
  /** Decides whether this sender may send messages of this union at all. */
  accepts: (sender: SenderInfo) => boolean;
  handlers: Handlers<U>;
}

export class RefusedMessage extends Error {}

/**
 * A handler's refusal the person must read (a policy wins, an import would not fit): thrown with a message key of the
 * catalogues, it reaches the page with that key, which the page words in its language. The English text is for logs.
 */
export class Refusal extends Error {
  constructor(
    readonly text: RefusalText,
    log: string,
  ) {
    super(log);
  }
}

/** Validates a raw message against the routes and runs its handler. Refuses (never acts on) anything else. */
export async function dispatch(
  routes: readonly Route<Message>[],
  raw: unknown,
  sender: SenderInfo,
  log: (reason: string) => void,
): Promise<Envelope<unknown>> {
  const type = typeof raw === 'object' && raw !== null ? (raw as { type?: unknown }).type : undefined;
  for (const route of routes) {
    const parsed = route.schema.safeParse(raw);
    if (!parsed.success) continue;
    if (!route.accepts(sender)) {
      log(`refused ${String(type)} from ${sender.url ?? 'unknown sender'}: sender not allowed`);
      return { ok: false, error: 'sender not allowed' };
    }
    const handler = route.handlers[parsed.data.type as MessageType] as unknown as Handler<Message>;
    try {
      return { ok: true, value: await handler(parsed.data, sender) };
    } catch (error) {
      if (error instanceof Refusal) return { ok: false, error: error.message, refusal: error.text };
      return { ok: false, error: error instanceof Error ? error.message : String(error) };
    }
  }
  log(`refused malformed message ${JSON.stringify(raw)?.slice(0, 200)}`);
  return { ok: false, error: 'malformed message' };
}

/** Sends a message and unwraps the envelope; a refused or failed request rejects with the remote reason. */
export async function request<M extends Message>(
  transport: (message: unknown) => Promise<unknown>,
  message: M,
): Promise<Reply<M['type']>> {
  const answer = (await transport(message)) as Envelope<Reply<M['type']>> | undefined;
  if (!answer) throw new RefusedMessage('no answer from the background');
  if (!answer.ok)
    throw answer.refusal ? new Refusal(answer.refusal, answer.error) : new RefusedMessage(answer.error);
  return answer.value;
}
