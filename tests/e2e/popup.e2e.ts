import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { BROWSERS, useExtensionBrowsers } from '../harness/suite.ts';
import type { ExtensionBrowser, TestPage } from '../harness/types.ts';
import { poll } from '../harness/wait.ts';
import { axeViolations, fill, focusRings, openAllDetails, positiveTabIndexCount } from './popup-helpers.ts';

// The popup in the built extension: accessibility in every language with every section filled (Chromium), and
// in both browsers a company added through the form, the toolbar badge, the final e-mail and the reset.

const e2e = useExtensionBrowsers((_req, res) => {
  res.writeHead(404);
  res.end();
});

const LOCALES = ['fr', 'nl', 'en', 'de'] as const;

/** Two companies, one analyst granted, one in progress, one problem; a third company seen on the portal. */
function progressState(uiLocale: string) {
  return {
    version: 1,
    settings: { uiLocale },
    companies: [
      {
        enterpriseNumber: '0123456749',
        name: 'Boulangerie Dupont SRL',
        registration: 'done',
        analysts: {
          '70041243623': { status: 'granted', updatedAt: 1 },
          '82083026729': { status: 'in-progress', updatedAt: 2 },
        },
      },
      {
        enterpriseNumber: '0987654394',
        name: 'Garage Peeters BV',
        registration: 'not-legal-representative',
        analysts: { '70041243623': { status: 'problem', updatedAt: 3, note: 'NISS refusé par le portail' } },
      },
    ],
    currentCompany: '0123456749',
    lastPage: {
      url: 'https://www.socialsecurity.be/app000/home',
      stepId: null,
      lang: 'fr',
      at: 4,
      company: { name: 'Dupont Immo SA', enterpriseNumber: '0812345603' },
    },
  };
}

async function openPopup(browser: ExtensionBrowser): Promise<TestPage> {
  const page = await browser.openExtensionPage('popup.html');
  await page.text('#companies-title');
  return page;
}

const badgeText = (page: TestPage) =>
  page.evaluate(() => {
    const api = (globalThis as unknown as { chrome?: typeof browser; browser?: typeof browser }).browser;
    const action = (api ?? (globalThis as unknown as { chrome: typeof browser }).chrome).action;
    return action.getBadgeText({});
  });
declare const browser: { action: { getBadgeText(details: object): Promise<string> } };

describe.each(BROWSERS)('%s: popup', (name) => {
  let ext: ExtensionBrowser;
  beforeAll(async () => {
    ext = await e2e.browser(name);
  });
  beforeEach(async () => {
    await ext.clearStorage();
  });

  it('adds a company typed by the client, refusing a wrong number first, and the badge counts for it', async () => {
    await ext.writeStorage({ state: { version: 1, settings: { uiLocale: 'fr' } } });
    const page = await openPopup(ext);
    // The eID add-on is a Firefox matter only.
    const addon = await page.evaluate(
      () => document.querySelector('label[for="prep-eid_addon"]')?.textContent ?? null,
    );
    expect(addon).toBe(
      name === 'firefox' ? 'Sur Firefox\u00a0: le module complémentaire eID est installé (même page).' : null,
    );
    await fill(page, 'form.add-company input[inputmode="numeric"]', '0403.170.702');
    await fill(page, 'form.add-company input[autocomplete="organization"]', 'Boulangerie Dupont SRL');
    await page.click('form.add-company button[type="submit"]');
    const error = await page.waitForFunction(() => {
      const input = document.querySelector('form.add-company input[aria-invalid="true"]');
      const id = input?.getAttribute('aria-describedby')?.split(' ').at(-1);
      return id ? document.getElementById(id)?.textContent : null;
    });
    expect(error).toMatch(/numéro d.entreprise/i);
    expect(
      ((await ext.readStorage()) as { state?: { companies?: unknown[] } }).state?.companies ?? [],
    ).toEqual([]);

    await fill(page, 'form.add-company input[inputmode="numeric"]', 'BE 0403 170 701');
    await page.click('form.add-company button[type="submit"]');
    const stored = await poll('the company to be stored', async () => {
      const state = ((await ext.readStorage()) as { state?: { companies?: { enterpriseNumber: string }[] } })
        .state;
      return state?.companies?.length ? state.companies : undefined;
    });
    expect(stored).toMatchObject([{ enterpriseNumber: '0403170701', name: 'Boulangerie Dupont SRL' }]);
    expect(await page.waitForFunction(() => document.querySelector('.company h3')?.textContent)).toBe(
      'Boulangerie Dupont SRL 0403.170.701',
    );
    expect(await poll('the badge', async () => ((await badgeText(page)) === '0/2' ? '0/2' : ''))).toBe('0/2');
    expect(page.consoleErrors()).toEqual([]);
  });

  it('offers the final e-mail with each company and number, records it as sent, and resets on confirmation', async () => {
    await ext.writeStorage({ state: progressState('fr') });
    const page = await openPopup(ext);
    expect(await poll('the badge', async () => ((await badgeText(page)) === '1/2' ? '1/2' : ''))).toBe('1/2');
    const href = await page.waitForFunction(() =>
      document.querySelector('a[href^="mailto:"]')?.getAttribute('href'),
    );
    const mail = decodeURIComponent(href);
    expect(
      mail.startsWith(
        'mailto:hello@e-thichr.com?subject=Accès ONSS donnés à e-thicHR\u00a0: Boulangerie Dupont SRL&body=',
      ),
    ).toBe(true);
    expect(mail).toContain("• Boulangerie Dupont SRL – numéro d'entreprise 0123.456.749");
    expect(mail).not.toContain('Garage Peeters');

    await page.click('[data-testid="mark-sent"]');
    const notified = await poll(
      'notifiedAt to be stored',
      async () => ((await ext.readStorage()) as { state?: { notifiedAt?: number | null } }).state?.notifiedAt,
    );
    expect(notified).toBeGreaterThan(0);
    expect(await page.text('[data-testid="notified"]')).toMatch(/^E-mail envoyé le/);

    await page.click('[aria-labelledby="reset-title"] button');
    await page.click('[aria-labelledby="reset-title"] button.danger');
    await poll('the progress to be reset', async () => {
      const state = ((await ext.readStorage()) as { state?: { companies?: unknown[] } }).state;
      return state?.companies?.length === 0;
    });
    expect(await poll('the badge to clear', async () => (await badgeText(page)) === '')).toBe(true);
  });
});

describe.runIf(BROWSERS.includes('chromium'))('chromium: popup accessibility', () => {
  let ext: ExtensionBrowser;
  beforeAll(async () => {
    ext = await e2e.browser('chromium');
  });

  it('shows a visible focus ring on every control; no positive tabindex, so tab order is reading order', async () => {
    await ext.clearStorage();
    await ext.writeStorage({ state: progressState('fr') });
    const page = await openPopup(ext);
    await openAllDetails(page);
    const rings = await focusRings(page);
    expect(rings.length).toBeGreaterThan(15);
    expect(rings.filter((r) => !r.ok)).toEqual([]);
    expect(await positiveTabIndexCount(page)).toBe(0);
  });

  it.each(LOCALES)('has no axe-core violations in %s, every section open and filled', async (locale) => {
    await ext.clearStorage();
    await ext.writeStorage({ state: progressState(locale) });
    const page = await openPopup(ext);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(locale);
    await openAllDetails(page);
    expect(await axeViolations(page)).toEqual([]);

    // Errors on screen: an empty add-company form and an empty help request, submitted.
    await page.click('form.add-company button[type="submit"]');
    await page.click('details:last-of-type form button[type="submit"]');
    await page.waitForFunction(() => document.querySelectorAll('[aria-invalid="true"]').length >= 6);
    expect(await axeViolations(page)).toEqual([]);

    // The help e-mail drafted, and the removal confirmation open.
    const values = ['lundi 10 h', 'mardi 11 h', 'jeudi 15 h', 'Marie Dupont', '0470 12 34 56', 'Dupont SRL'];
    const filled = await page.evaluate((texts) => {
      const inputs = [...document.querySelectorAll<HTMLInputElement>('details:last-of-type form input')];
      inputs.forEach((input, i) => {
        Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(
          input,
          texts[i] ?? '',
        );
        input.dispatchEvent(new Event('input', { bubbles: true }));
      });
      return inputs.length;
    }, values);
    expect(filled).toBe(values.length);
    await page.click('details:last-of-type form button[type="submit"]');
    await page.click('.company button.link');
    await page.waitForFunction(
      () => document.querySelectorAll('textarea').length === 2 && document.querySelector('.confirm'),
    );
    expect(await axeViolations(page)).toEqual([]);
    expect(page.consoleErrors()).toEqual([]);
  });
});
