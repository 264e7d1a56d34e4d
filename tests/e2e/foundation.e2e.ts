import type { IncomingMessage, ServerResponse } from 'node:http';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { BROWSERS, LOOKALIKE_HOST, useExtensionBrowsers } from '../harness/suite.ts';
import type { ExtensionBrowser } from '../harness/types.ts';
import { poll } from '../harness/wait.ts';

// The foundation in real browsers: the content script runs on the portal's real host and nowhere else, its
// message reaches the background and is stored, the popup shows the stored state, malformed messages are refused.

const PATH = '/site_fr/employer/infos/index.htm';
const PORTAL_PAGE = `https://www.socialsecurity.be${PATH}`;
const LOOKALIKE_PAGE = `https://${LOOKALIKE_HOST}${PATH}`;

/** Any host, any path: a small French page naming where it was served from. */
function fixture(req: IncomingMessage, res: ServerResponse): void {
  const where = `${req.headers.host ?? ''}${req.url ?? ''}`.replace(/[<>&"]/g, '');
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
  res.end(`<!doctype html><html lang="fr"><head><title>Fixture</title></head>
<body><h1 id="where">${where}</h1></body></html>`);
}

const e2e = useExtensionBrowsers(fixture);

type Stored = { state?: { lastPage?: { url: string; lang: string | null; stepId: string | null } | null } };

describe.each(BROWSERS)('%s', (name) => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await e2e.browser(name);
  });
  beforeEach(async () => {
    await browser.clearStorage();
  });

  const lastPageUrl = async () => ((await browser.readStorage()) as Stored).state?.lastPage?.url;

  it('runs the content script on the portal, whose page/seen message the background stores', async () => {
    const page = await browser.newPage();
    await page.goto(PORTAL_PAGE);
    expect(await page.text('#where')).toBe(`www.socialsecurity.be${PATH}`);
    expect(await poll('the page to be stored', lastPageUrl)).toBe(PORTAL_PAGE);
    const { state } = (await browser.readStorage()) as Stored;
    expect(state?.lastPage).toMatchObject({ url: PORTAL_PAGE, lang: 'fr', stepId: null });
    expect(page.consoleErrors()).toEqual([]);
  });

  it('does nothing on a look-alike host', async () => {
    const watch = await browser.watchStorage();
    const lookalike = await browser.newPage();
    await lookalike.goto(LOOKALIKE_PAGE);
    expect(await lookalike.text('#where')).toBe(`${LOOKALIKE_HOST}${PATH}`);
    // A content script runs at the latest right after the load event: had one run on the look-alike, its message
    // would be stored before the portal page below, which is loaded only now.
    const portal = await browser.newPage();
    await portal.goto(PORTAL_PAGE);
    const stored = await poll('the portal page to be stored', async () => {
      const urls = (await watch.changes()).map(
        (change) => (change.state?.newValue as Stored['state'])?.lastPage?.url,
      );
      return urls.includes(PORTAL_PAGE) ? urls : undefined;
    });
    expect(stored).toEqual([PORTAL_PAGE]);
  });

  it('shows the stored state in the popup', async () => {
    // Written straight into storage: the popup must show what is stored, not what the background remembers.
    const answer = (await browser.sendMessageFromExtensionPage({ type: 'state/get' })) as { value: object };
    const company = { enterpriseNumber: '0123456749', name: 'Boulangerie Test SRL', analysts: {} };
    await browser.writeStorage({
      state: { ...answer.value, companies: [{ ...company, registration: 'done' }], currentCompany: null },
    });
    const popup = await browser.openExtensionPage('popup.html');
    expect(await popup.text('#company-0123456749')).toBe('Boulangerie Test SRL 0123.456.749');
    expect(popup.consoleErrors()).toEqual([]);
  });

  it('stores a company typed into the popup (clicks and keystrokes of a user)', async () => {
    const popup = await browser.openExtensionPage('popup.html');
    await popup.type('form.add-company input[inputmode="numeric"]', '0123.456.749');
    await popup.type('form.add-company input[autocomplete="organization"]', 'Boulangerie Test SRL');
    await popup.click('form.add-company button[type="submit"]');
    const stored = await poll('the company to be stored', async () => {
      const { state } = (await browser.readStorage()) as { state?: { companies: unknown[] } };
      return state?.companies.length ? state.companies : undefined;
    });
    expect(stored).toEqual([
      expect.objectContaining({ enterpriseNumber: '0123456749', name: 'Boulangerie Test SRL' }),
    ]);
    expect(await popup.text('#company-0123456749')).toBe('Boulangerie Test SRL 0123.456.749');
    expect(popup.consoleErrors()).toEqual([]);
  });

  it('stores what an extension page asks the background to store', async () => {
    const answer = await browser.sendMessageFromExtensionPage({
      type: 'company/add',
      enterpriseNumber: '0123456749',
      name: 'Boulangerie Test SRL',
    });
    expect(answer).toMatchObject({
      ok: true,
      value: { companies: [{ enterpriseNumber: '0123456749', name: 'Boulangerie Test SRL' }] },
    });
    const stored = (await browser.readStorage()) as {
      state: { companies: unknown[]; currentCompany: string };
    };
    expect(stored.state.companies).toEqual([
      { enterpriseNumber: '0123456749', name: 'Boulangerie Test SRL', registration: 'unknown', analysts: {} },
    ]);
    expect(stored.state.currentCompany).toBe('0123456749');
  });

  it('keeps the state when the background stops (as the browser does when it is idle)', async () => {
    await browser.sendMessageFromExtensionPage({
      type: 'company/add',
      enterpriseNumber: '0123456749',
      name: 'A',
    });
    expect(await browser.stopBackground()).toBe(true);
    const answer = await browser.sendMessageFromExtensionPage({ type: 'state/get' });
    expect(answer).toMatchObject({ ok: true, value: { companies: [{ enterpriseNumber: '0123456749' }] } });
    expect(await browser.stopBackground()).toBe(true);
    expect(await browser.readStorage()).toMatchObject({ state: { currentCompany: '0123456749' } });
  });

  it.each([
    ['an unknown type', { type: 'state/delete' }, 'malformed message'],
    [
      'a UI message with bad fields',
      { type: 'company/add', enterpriseNumber: '12', name: 'X' },
      'malformed message',
    ],
    ['a UI message with a missing field', { type: 'company/remove' }, 'malformed message'],
    ['a message without a type', { enterpriseNumber: '0123456749' }, 'malformed message'],
    ['a string', 'state/get', 'malformed message'],
    [
      'a content-script message from an extension page',
      { type: 'page/seen', stepId: 'register.start', confidence: 1, lang: 'fr' },
      'sender not allowed',
    ],
  ])('refuses %s and changes nothing', async (_what, message, error) => {
    await browser.sendMessageFromExtensionPage({
      type: 'company/add',
      enterpriseNumber: '0123456749',
      name: 'A',
    });
    const before = await browser.readStorage();
    expect(await browser.sendMessageFromExtensionPage(message)).toEqual({ ok: false, error });
    expect(await browser.readStorage()).toEqual(before);
  });
});
