import { describe, expect, it, vi } from 'vitest';
import { backgroundRoutes } from '../../../src/background/routes.ts';
import type { FromContent, FromEither, FromUi, Message } from '../../../src/shared/messages.ts';
import {
  dispatch,
  type Handlers,
  RefusedMessage,
  request,
  type SenderInfo,
} from '../../../src/shared/rpc.ts';

// The dispatcher validates, checks the sender, runs the handler and carries its answer or error back.

const EXTENSION_ID = 'our-extension';
const EXTENSION_ORIGIN = 'chrome-extension://our-extension';
const PORTAL_URL = 'https://www.socialsecurity.be/site_fr/employer/infos/index.htm';

const CONTENT: SenderInfo = { id: EXTENSION_ID, url: PORTAL_URL, tabId: 3, frameId: 0 };
const POPUP: SenderInfo = { id: EXTENSION_ID, url: `${EXTENSION_ORIGIN}/popup.html` };

const PAGE_SEEN = { type: 'page/seen', stepId: 'register.start', confidence: 0.9, lang: 'fr' } as const;

function setup(handlerImpl?: (message: Message, sender: SenderInfo) => Promise<unknown>) {
  const handler = vi.fn(handlerImpl ?? (async (message: Message) => ({ handled: message.type })));
  // Every type of a union gets the same spy; a Proxy stands for the full handler map. The sender rules are the
  // background's own (tests/unit/background/routes.test.ts tests them for every sender).
  const handlers = new Proxy({}, { get: () => handler });
  const routes = backgroundRoutes(
    { id: EXTENSION_ID, origin: EXTENSION_ORIGIN },
    {
      content: handlers as Handlers<FromContent>,
      ui: handlers as Handlers<FromUi>,
      either: handlers as Handlers<FromEither>,
    },
  );
  const log = vi.fn<(reason: string) => void>();
  return {
    routes,
    handler,
    log,
    run: (raw: unknown, sender: SenderInfo) => dispatch(routes, raw, sender, log),
  };
}

describe('dispatch', () => {
  it('runs the handler of a valid message from an allowed sender and answers with its value', async () => {
    const { run, handler, log } = setup();
    expect(await run(PAGE_SEEN, CONTENT)).toEqual({ ok: true, value: { handled: 'page/seen' } });
    expect(handler).toHaveBeenCalledExactlyOnceWith(PAGE_SEEN, CONTENT);
    expect(log).not.toHaveBeenCalled();
  });

  it('hands the handler the parsed message (trimmed, unknown keys stripped), not the raw one', async () => {
    const { run, handler } = setup();
    const raw = {
      type: 'company/add',
      enterpriseNumber: '0123456749',
      name: '  Test SRL  ',
      injected: '<b>',
    };
    expect(await run(raw, POPUP)).toMatchObject({ ok: true });
    expect(handler.mock.calls[0]?.[0]).toEqual({
      type: 'company/add',
      enterpriseNumber: '0123456749',
      name: 'Test SRL',
    });
  });

  it.each([
    [
      'a UI message from a portal page (a content script posing as the popup)',
      { type: 'progress/reset' },
      CONTENT,
    ],
    ['a content message from an extension page', PAGE_SEEN, POPUP],
    [
      'a content message from another host',
      PAGE_SEEN,
      { ...CONTENT, url: 'https://www.socialsecurity.be.example.net/' },
    ],
    ['a content message without a tab', PAGE_SEEN, { ...CONTENT, tabId: undefined }],
    ['a UI message from another extension', { type: 'state/get' }, { ...POPUP, id: 'someone-else' }],
    [
      'a UI message from a web page',
      { type: 'state/get' },
      { id: EXTENSION_ID, url: 'https://evil.example/' },
    ],
    ['a UI message without a sender', { type: 'state/get' }, {}],
    ['a script load from an extension page', { type: 'script/load', script: 'guide' }, POPUP],
  ])('refuses %s, logs it and runs nothing', async (_what, message, sender) => {
    const { run, handler, log } = setup();
    expect(await run(message, sender)).toEqual({ ok: false, error: 'sender not allowed' });
    expect(handler).not.toHaveBeenCalled();
    expect(log).toHaveBeenCalledExactlyOnceWith(
      `refused ${message.type} from ${sender.url ?? 'unknown sender'}: sender not allowed`,
    );
  });

  it.each([
    ['an unknown type', { type: 'state/delete' }],
    ['a known type with a bad field', { type: 'company/add', enterpriseNumber: '0123456748', name: 'X' }],
    ['a known type with a missing field', { type: 'company/remove' }],
    [
      'a script load of a file outside the two injected stages',
      { type: 'script/load', script: 'background' },
    ],
    ['a script load of a path', { type: 'script/load', script: '../guide' }],
    ['a field of the wrong type', { ...PAGE_SEEN, confidence: '1' }],
    ['a value out of range', { ...PAGE_SEEN, confidence: 2 }],
    ['no type', { enterpriseNumber: '0123456749' }],
    ['null', null],
    ['undefined', undefined],
    ['a string', 'state/get'],
    ['a number', 7],
    ['an array', [PAGE_SEEN]],
  ])('refuses %s as malformed, logs it and runs nothing', async (_what, message) => {
    const { run, handler, log } = setup();
    expect(await run(message, POPUP)).toEqual({ ok: false, error: 'malformed message' });
    expect(await run(message, CONTENT)).toEqual({ ok: false, error: 'malformed message' });
    expect(handler).not.toHaveBeenCalled();
    expect(log).toHaveBeenCalledTimes(2);
    expect(log.mock.calls[0]?.[0]).toMatch(/^refused malformed message/);
  });

  it('keeps the log line short for a huge message', async () => {
    const { run, log } = setup();
    await run({ type: 'x', payload: 'A'.repeat(100_000) }, POPUP);
    expect(log.mock.calls[0]?.[0].length).toBeLessThanOrEqual('refused malformed message '.length + 200);
  });

  it('carries a handler error back to the caller', async () => {
    const { run } = setup(async () => {
      throw new Error('the profile is managed by your firm');
    });
    expect(await run({ type: 'state/get' }, POPUP)).toEqual({
      ok: false,
      error: 'the profile is managed by your firm',
    });
  });

  it('carries a thrown non-Error back as text', async () => {
    const { run } = setup(() => Promise.reject('storage full'));
    expect(await run({ type: 'state/get' }, POPUP)).toEqual({ ok: false, error: 'storage full' });
  });
});

describe('request', () => {
  it('sends the message as it is and resolves with the value of a successful answer', async () => {
    const transport = vi.fn(async () => ({ ok: true, value: { version: 1 } }));
    expect(await request(transport, { type: 'state/get' })).toEqual({ version: 1 });
    expect(transport).toHaveBeenCalledExactlyOnceWith({ type: 'state/get' });
  });

  it('resolves with a null value (answers without content are answers)', async () => {
    expect(await request(async () => ({ ok: true, value: null }), PAGE_SEEN)).toBeNull();
  });

  it('rejects with the remote reason when the background refuses or fails', async () => {
    const refused = request(async () => ({ ok: false, error: 'sender not allowed' }), { type: 'state/get' });
    await expect(refused).rejects.toThrow(RefusedMessage);
    await expect(refused).rejects.toThrow('sender not allowed');
  });

  it('rejects when nothing answers', async () => {
    await expect(request(async () => undefined, { type: 'state/get' })).rejects.toThrow(
      new RefusedMessage('no answer from the background'),
    );
  });

  it('lets a transport failure through', async () => {
    const failing = async () => {
      throw new Error('Could not establish connection. Receiving end does not exist.');
    };
    await expect(request(failing, { type: 'state/get' })).rejects.toThrow('Receiving end does not exist');
  });

  it('round-trips through dispatch', async () => {
    const { routes, log } = setup(async () => {
      throw new Error('boom');
    });
    const through = (sender: SenderInfo) => (message: unknown) => dispatch(routes, message, sender, log);
    await expect(request(through(POPUP), { type: 'state/get' })).rejects.toThrow('boom');
    await expect(request(through(CONTENT), { type: 'state/get' })).rejects.toThrow('sender not allowed');
  });
});
