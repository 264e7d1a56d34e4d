import { describe, expect, it, vi } from 'vitest';
import { backgroundRoutes, type Self } from '../../../src/background/routes.ts';
import type { Fingerprint } from '../../../src/shared/fingerprint-schema.ts';
import type { FromContent, FromEither, FromUi, Message } from '../../../src/shared/messages.ts';
import { DEFAULT_PROFILE } from '../../../src/shared/profile.ts';
import { dispatch, type Handlers, type SenderInfo } from '../../../src/shared/rpc.ts';

// The background's real routes (src/background/routes.ts, as index.ts wires them): every message type from every
// kind of sender, accepted or refused. The handlers are spies: what is tested is who reaches them.

const SELF: Self = { id: 'our-extension', origin: 'chrome-extension://our-extension' };
const FIREFOX_SELF: Self = { id: 'onss-access-guide@e-thichr.com', origin: 'moz-extension://4c0e9b1a-1d2e' };
const PORTAL = 'https://www.socialsecurity.be/site_fr/employer/infos/index.htm';

const fingerprint: Fingerprint = { stepId: 'register.start', role: 'link', name: "S'enregistrer", words: [] };

// One valid message of every type; the mapped type makes the compiler list every type of both unions.
const SAMPLES: { [K in Message['type']]: Extract<Message, { type: K }> } = {
  'page/seen': { type: 'page/seen', stepId: 'register.start', confidence: 0.9, lang: 'fr' },
  'page/observed': {
    type: 'page/observed',
    steps: ['grant.done'],
    lang: 'fr',
    company: { enterpriseNumber: '0123456749', name: 'Test SRL' },
    facts: [
      { kind: 'analyst', enterpriseNumber: '0123456749', niss: '70041243623', status: 'granted' },
      { kind: 'registration', enterpriseNumber: '0123456749', registration: 'done' },
    ],
  },
  'learned/add': { type: 'learned/add', fingerprint },
  'script/load': { type: 'script/load', script: 'guide' },
  'learned/export': { type: 'learned/export' },
  'learned/import': { type: 'learned/import', set: { version: 1, fingerprints: [fingerprint] } },
  'learned/clear': { type: 'learned/clear' },
  'learned/managed': { type: 'learned/managed' },
  'state/get': { type: 'state/get' },
  'company/add': { type: 'company/add', enterpriseNumber: '0123456749', name: 'Test SRL' },
  'company/remove': { type: 'company/remove', enterpriseNumber: '0123456749' },
  'profile/get': { type: 'profile/get' },
  'profile/set': { type: 'profile/set', profile: DEFAULT_PROFILE },
  'settings/set': { type: 'settings/set', settings: { uiLocale: 'nl' } },
  'notify/sent': { type: 'notify/sent' },
  'progress/reset': { type: 'progress/reset' },
};

const CONTENT_TYPES = [
  'page/seen',
  'page/observed',
  'learned/add',
  'script/load',
] as const satisfies readonly FromContent['type'][];
/** What both a content script and an extension page may send. */
const EITHER_TYPES = ['learned/export'] as const satisfies readonly FromEither['type'][];
const UI_TYPES = (Object.keys(SAMPLES) as Message['type'][]).filter(
  (type) => !([...CONTENT_TYPES, ...EITHER_TYPES] as readonly string[]).includes(type),
) as FromUi['type'][];

type Kind = 'content' | 'ui' | 'either' | 'none';

const kindOf = (type: Message['type']): Kind =>
  (CONTENT_TYPES as readonly string[]).includes(type)
    ? 'content'
    : (EITHER_TYPES as readonly string[]).includes(type)
      ? 'either'
      : 'ui';

/** Every kind of sender, with the messages it may send (content, ui or none; content and ui may send either's). */
function senders(self: Self): [string, SenderInfo, Kind][] {
  const page = { id: self.id, url: PORTAL, tabId: 3, frameId: 0 };
  return [
    ['a content script on the portal, top frame', page, 'content'],
    [
      'a content script in a portal frame (the iframe variant)',
      { ...page, url: 'https://www.socialsecurity.be/portail/frame/acces.htm', frameId: 5 },
      'content',
    ],
    [
      'a content script on the log-in host',
      { ...page, url: 'https://idp.iamfas.belgium.be/fas/login' },
      'content',
    ],
    [
      'a content script on the company register',
      { ...page, url: 'https://kbopub.economie.fgov.be/kbopub/' },
      'content',
    ],
    ['the portal host in capitals', { ...page, url: 'https://WWW.SOCIALSECURITY.BE/site_fr/' }, 'content'],
    [
      'a frame of another host inside a portal page',
      { ...page, url: 'https://ads.example.com/', frameId: 7 },
      'none',
    ],
    ['a look-alike host (suffix)', { ...page, url: 'https://www.socialsecurity.be.example.net/' }, 'none'],
    ['a look-alike host (prefix)', { ...page, url: 'https://evil-www.socialsecurity.be/' }, 'none'],
    ['a look-alike host (no www)', { ...page, url: 'https://socialsecurity.be/' }, 'none'],
    ['a look-alike host (other domain)', { ...page, url: 'https://www.socialsecurity-be.com/' }, 'none'],
    [
      'a look-alike host (in the path)',
      { ...page, url: 'https://evil.example/www.socialsecurity.be/' },
      'none',
    ],
    [
      'a look-alike host (user info)',
      { ...page, url: 'https://www.socialsecurity.be@evil.example/' },
      'none',
    ],
    ['the portal over plain HTTP', { ...page, url: 'http://www.socialsecurity.be/site_fr/' }, 'none'],
    ['a portal page without a tab', { ...page, tabId: undefined }, 'none'],
    ['another extension on the portal', { ...page, id: 'someone-else' }, 'none'],
    ['a web page (no extension id)', { url: PORTAL, tabId: 3, frameId: 0 }, 'none'],
    ['our popup', { id: self.id, url: `${self.origin}/popup.html` }, 'ui'],
    [
      'our options page in a tab',
      { id: self.id, url: `${self.origin}/options.html`, tabId: 4, frameId: 0 },
      'ui',
    ],
    [
      'our popup in a frame of a tab',
      { id: self.id, url: `${self.origin}/popup.html`, tabId: 4, frameId: 2 },
      'ui',
    ],
    [
      'another extension sending our page URL',
      { id: 'someone-else', url: `${self.origin}/popup.html` },
      'none',
    ],
    [
      'another extension page',
      { id: 'someone-else', url: 'chrome-extension://someone-else/popup.html' },
      'none',
    ],
    [
      'another extension claiming our id',
      { id: self.id, url: 'chrome-extension://someone-else/popup.html' },
      'none',
    ],
    [
      'a page whose path names our origin',
      { id: self.id, url: `https://evil.example/${self.origin}/` },
      'none',
    ],
    ['our id with a URL that does not parse', { id: self.id, url: 'not a url', tabId: 3 }, 'none'],
    ['no sender information', {}, 'none'],
  ];
}

function setup(self: Self) {
  const calls: [Kind, string][] = [];
  const spies = (kind: Kind) =>
    new Proxy(
      {},
      {
        get: (_target, type: string) => async () => {
          calls.push([kind, type]);
          return { handledBy: kind };
        },
      },
    );
  const routes = backgroundRoutes(self, {
    content: spies('content') as Handlers<FromContent>,
    ui: spies('ui') as Handlers<FromUi>,
    either: spies('either') as Handlers<FromEither>,
  });
  const log = vi.fn<(reason: string) => void>();
  return { calls, log, run: (raw: unknown, sender: SenderInfo) => dispatch(routes, raw, sender, log) };
}

describe('the background routes', () => {
  it('samples every message type, each valid', () => {
    expect(Object.keys(SAMPLES)).toHaveLength(CONTENT_TYPES.length + EITHER_TYPES.length + UI_TYPES.length);
    expect(UI_TYPES).toHaveLength(11);
  });

  for (const [browserName, self] of [
    ['Chromium', SELF],
    ['Firefox', FIREFOX_SELF],
  ] as const) {
    describe(`in ${browserName}`, () => {
      for (const [what, sender, allowed] of senders(self)) {
        it(`${allowed === 'none' ? 'refuses everything from' : `accepts only ${allowed} messages and the export from`} ${what}`, async () => {
          const { calls, log, run } = setup(self);
          const expected: [Kind, Message['type']][] = [];
          for (const type of Object.keys(SAMPLES) as Message['type'][]) {
            const kind = kindOf(type);
            const answer = await run(SAMPLES[type], sender);
            if (kind === allowed || (kind === 'either' && allowed !== 'none')) {
              expect(answer, type).toEqual({ ok: true, value: { handledBy: kind } });
              expected.push([kind, type]);
            } else expect(answer, type).toEqual({ ok: false, error: 'sender not allowed' });
          }
          expect(expected.length, 'every allowed sender may send the export').toBe(
            allowed === 'content' ? CONTENT_TYPES.length + 1 : allowed === 'ui' ? UI_TYPES.length + 1 : 0,
          );
          expect(calls).toEqual(expected);
          expect(log).toHaveBeenCalledTimes(Object.keys(SAMPLES).length - expected.length);
        });
      }
    });
  }

  it("refuses a Chromium extension page in Firefox's routes and the other way round", async () => {
    const chromium = setup(SELF);
    const firefox = setup(FIREFOX_SELF);
    expect(
      await chromium.run(SAMPLES['state/get'], { id: SELF.id, url: `${FIREFOX_SELF.origin}/popup.html` }),
    ).toEqual({ ok: false, error: 'sender not allowed' });
    expect(
      await firefox.run(SAMPLES['state/get'], { id: FIREFOX_SELF.id, url: `${SELF.origin}/popup.html` }),
    ).toEqual({ ok: false, error: 'sender not allowed' });
  });
});
