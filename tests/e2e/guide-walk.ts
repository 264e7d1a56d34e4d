import { expect } from 'vitest';
import { SAMPLE_DATA } from '../../replica/render/sample.ts';
import { DEFAULT_PROFILE, RIGHT_IDS } from '../../src/shared/profile.ts';
import type { ExtensionBrowser, TestPage } from '../harness/types.ts';
import { poll } from '../harness/wait.ts';

// The test stands in for the client: it waits until the guide marks an element, checks that the mark is on the
// element the replica says is right (its data-replica-truth), and clicks it (or types what a person types).

export const MARKER = 'data-onss-guide-target';
export const PORTAL = 'https://www.socialsecurity.be';

export interface Variant {
  lang: 'fr' | 'nl' | 'de';
  wording: 'old' | 'new';
  markup: 'clean' | 'poor' | 'cards' | 'menu' | 'dialog';
  timing: 'normal' | 'late' | 'spa' | 'iframe';
}

export const variantQuery = (v: Variant) =>
  `lang=${v.lang}&wording=${v.wording}&markup=${v.markup}&timing=${v.timing}&truth=1`;

export interface Marked {
  step: string;
  /** The replica's truth id of the marked element, or of the region (table, section) it lies in. */
  truth: string | null;
  /** How many elements carry the marker, in the page and its same-origin frames. */
  count: number;
  inFrame: boolean;
  /** The start of the marked element's markup, for failure messages. */
  html: string;
}

/** The marked element, looking into same-origin frames (the iframe variant frames access management). */
export function readMarked(page: TestPage): Promise<Marked | null> {
  return page.evaluate((attr) => {
    const docs: Document[] = [document];
    for (const frame of document.querySelectorAll('iframe')) {
      try {
        if (frame.contentDocument) docs.push(frame.contentDocument);
      } catch {
        // cross-origin: not ours
      }
    }
    const all = docs.flatMap((d) => [...d.querySelectorAll(`[${attr}]`)]);
    const first = all[0];
    if (!first) return null;
    return {
      step: first.getAttribute(attr) ?? '',
      truth: first.closest('[data-replica-truth]')?.getAttribute('data-replica-truth') ?? null,
      count: all.length,
      inFrame: first.ownerDocument !== document,
      html: first.outerHTML.slice(0, 160),
    };
  }, MARKER);
}

/** Waits until the guide marks `step`, and checks the mark is unique and on the right element. */
export async function expectMarked(
  page: TestPage,
  step: string,
  truth: string | RegExp = step,
): Promise<Marked> {
  const marked = await poll(
    `the guide to mark ${step} in ${page.url()}`,
    async () => {
      const found = await readMarked(page);
      return found?.step === step ? found : null;
    },
    20_000,
  );
  expect(marked.count, `one marked element on ${step}`).toBe(1);
  const what = `marked element of ${step}: ${marked.html}`;
  if (typeof truth === 'string') expect(marked.truth, what).toBe(truth);
  else expect(marked.truth ?? '', what).toMatch(truth);
  return marked;
}

/** Clicks an element as the client would: a real click in the page, a DOM click inside the framed application. */
export async function clickAs(page: TestPage, selector: string): Promise<void> {
  const inFrame = await poll(`${selector} in ${page.url()}`, () =>
    page.evaluate((sel) => {
      if (document.querySelector(sel)) return 'page';
      for (const frame of document.querySelectorAll('iframe')) {
        if (frame.contentDocument?.querySelector(sel)) return 'frame';
      }
      return null;
    }, selector),
  );
  if (inFrame === 'page') {
    await page.click(selector);
    return;
  }
  await page.evaluate((sel) => {
    for (const frame of document.querySelectorAll('iframe'))
      frame.contentDocument?.querySelector<HTMLElement>(sel)?.click();
  }, selector);
}

export const truthSelector = (truth: string) => `[data-replica-truth="${truth}"]`;

/** Clicks the element the guide marked. */
export const clickMarked = (page: TestPage) => clickAs(page, `[${MARKER}]`);

/** From the company's home page to the employer ONSS quality in access management, clicking what the guide marks. */
export async function openEmployerAccess(page: TestPage): Promise<void> {
  for (const step of [
    'connect.all-services',
    'grant.access-management',
    'grant.pick-quality',
    'grant.employer-onss',
  ]) {
    await expectMarked(page, step);
    await clickMarked(page);
  }
}

/** From a fresh session on the employer page, logs in with a username and password (clicking what the guide marks). */
export async function logIn(page: TestPage, variant: Variant): Promise<void> {
  await page.goto(`${PORTAL}/__replica/reset`);
  await page.goto(`${PORTAL}/site_${variant.lang}/employer/infos/index.htm?${variantQuery(variant)}`);
  await expectMarked(page, 'connect.start');
  await clickMarked(page);
  await expectMarked(page, 'connect.method');
  await page.type(truthSelector('connect.method:password'), 'marie.dupont');
  await page.type('input[type=password]', 'pass-Word-1');
  await clickAs(page, truthSelector('connect.method:submit'));
}

/** Logged in, to the company choice (a replica with two companies at least: with one, the portal skips it). */
export async function toCompanyChoice(page: TestPage, variant: Variant): Promise<void> {
  await logIn(page, variant);
  await expectMarked(page, 'connect.pick-company', /^connect\.pick-company/);
}

/** From the employer page to the new-user form of the company, the first analyst's NISS filled by the guide. */
export async function toNiss(page: TestPage, variant: Variant, enterpriseNumber: string): Promise<void> {
  await toCompanyChoice(page, variant);
  await clickAs(page, truthSelector(`connect.pick-company:${enterpriseNumber}`));
  await openEmployerAccess(page);
  await expectMarked(page, 'grant.add-user');
  await clickMarked(page);
  await expectMarked(page, 'grant.niss');
  const [analyst] = DEFAULT_PROFILE.analysts;
  await poll('the NISS filled', async () =>
    (await readInputs(page, 'grant.niss'))[0]?.value.replace(/\D/g, '') === analyst?.niss ? true : null,
  );
}

/** From the filled new-user form to the rights page, the four rights ticked and « Enregistrer » marked. */
export async function toSaveFromNiss(page: TestPage): Promise<void> {
  await clickAs(page, truthSelector('grant.niss:submit'));
  await expectMarked(page, 'grant.save');
}

/** Reads an input (by its truth id) in the page or its same-origin frames. */
export function readInputs(
  page: TestPage,
  truthPrefix: string,
): Promise<{ truth: string; value: string; checked: boolean; type: string }[]> {
  return page.evaluate((prefix) => {
    const docs: Document[] = [document];
    for (const frame of document.querySelectorAll('iframe'))
      if (frame.contentDocument) docs.push(frame.contentDocument);
    return docs.flatMap((d) =>
      [...d.querySelectorAll<HTMLInputElement>('input')]
        .filter((i) => (i.getAttribute('data-replica-truth') ?? '').startsWith(prefix) || prefix === '*')
        .map((i) => ({
          truth: i.getAttribute('data-replica-truth') ?? '',
          value: i.type === 'password' ? '' : i.value,
          checked: i.checked,
          type: i.type,
        })),
    );
  }, truthPrefix);
}

export interface Stored {
  state?: {
    currentCompany?: string | null;
    companies?: {
      enterpriseNumber: string;
      registration: string;
      analysts: Record<string, { status: string }>;
    }[];
  };
}

/** The status the background stored for an analyst in a company. */
export async function analystStatus(
  browser: ExtensionBrowser,
  company: string,
  niss: string,
): Promise<string> {
  const stored = (await browser.readStorage()) as Stored;
  const found = stored.state?.companies?.find((c) => c.enterpriseNumber === company);
  return found?.analysts[niss]?.status ?? 'pending';
}

export async function registration(browser: ExtensionBrowser, company: string): Promise<string> {
  const stored = (await browser.readStorage()) as Stored;
  return stored.state?.companies?.find((c) => c.enterpriseNumber === company)?.registration ?? 'none';
}

/** The number the replica refuses by default: the client is not the legal representative of its company. */
export const REFUSED = SAMPLE_DATA.kbo.enterpriseNumber;

/** From the registration's enterprise-number form: the refused number typed into the marked field and submitted;
 *  the refusal is marked and recorded by the background. */
export async function walkToRefusal(page: TestPage, browser: ExtensionBrowser): Promise<void> {
  await expectMarked(page, 'register.enterprise-number');
  await page.type(`[${MARKER}]`, REFUSED);
  await clickAs(page, truthSelector('register.enterprise-number:submit'));
  await expectMarked(page, 'register.not-legal-representative');
  await poll('the refusal recorded', async () =>
    (await registration(browser, REFUSED)) === 'not-legal-representative' ? true : null,
  );
}

/** What the background stored: the companies and the current one. */
export async function storedState(browser: ExtensionBrowser): Promise<NonNullable<Stored['state']>> {
  return ((await browser.readStorage()) as Stored).state ?? {};
}

/**
 * From the company's « Employeur ONSS » users page, grants every analyst of the default profile as the client does,
 * clicking what the guide marks (the guide fills the NISS and ticks the rights, the client submits), and waits for
 * each one to be recorded granted.
 */
export async function grantAnalysts(
  browser: ExtensionBrowser,
  page: TestPage,
  company: string,
): Promise<void> {
  for (const analyst of DEFAULT_PROFILE.analysts) {
    await expectMarked(page, 'grant.add-user');
    await clickMarked(page);
    await expectMarked(page, 'grant.niss');
    await poll(`the NISS of ${analyst.name} filled`, async () =>
      (await readInputs(page, 'grant.niss'))[0]?.value.replace(/\D/g, '') === analyst.niss ? true : null,
    );
    await clickAs(page, truthSelector('grant.niss:submit'));
    await poll('the rights ticked', async () => {
      const on = (await readInputs(page, '*')).filter((i) => i.type === 'checkbox' && i.checked);
      return on.length >= RIGHT_IDS.length ? true : null;
    });
    await expectMarked(page, 'grant.save');
    await clickMarked(page);
    await expectMarked(page, 'grant.confirm');
    await clickMarked(page);
    await poll(`${analyst.name} granted in ${company}`, async () =>
      (await analystStatus(browser, company, analyst.niss)) === 'granted' ? true : null,
    );
  }
}

/** Whether the rendered page, the card's closed shadow root included, shows the text (case-sensitive). */
export function shows(page: TestPage, text: string): Promise<boolean> {
  return page.evaluate((wanted) => {
    const w = window as unknown as { find(s: string, cs: boolean, back: boolean, wrap: boolean): boolean };
    getSelection()?.removeAllRanges();
    const found = w.find(wanted, true, false, true);
    getSelection()?.removeAllRanges();
    return found;
  }, text);
}
