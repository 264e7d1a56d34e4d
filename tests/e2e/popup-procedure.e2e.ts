import { beforeAll, describe, expect, it } from 'vitest';
import { createReplica } from '../../replica/app.ts';
import type { Company } from '../../replica/render/types.ts';
import { DEFAULT_PROFILE } from '../../src/shared/profile.ts';
import { BROWSERS, useExtensionBrowsers } from '../harness/suite.ts';
import type { ExtensionBrowser, TestPage } from '../harness/types.ts';
import { poll } from '../harness/wait.ts';
import {
  analystStatus,
  clickAs,
  clickMarked,
  expectMarked,
  logIn,
  openEmployerAccess,
  truthSelector,
} from './guide-walk.ts';

// The popup after a real run through the procedure on the replica (the in-page guide recording the progress as
// the client follows it): the final e-mail names the company exactly, with its enterprise number, and lists both
// analysts with the rights; the badge says 2/2. One company in French, both browsers (guide.e2e.ts walks the
// variants; this file checks what the popup makes of the result).

const COMPANY: Company = {
  name: 'Boulangerie Dupont SRL',
  enterpriseNumber: '0403170701',
  quality: 'principal',
};
const replica = createReplica({ companies: [COMPANY] });
const e2e = useExtensionBrowsers(replica);

async function runProcedure(browser: ExtensionBrowser, page: TestPage): Promise<void> {
  const variant = { lang: 'fr', wording: 'new', markup: 'clean', timing: 'normal' } as const;
  await logIn(page, variant);
  // One company: the portal goes straight to its home page, there is no company to pick.
  await openEmployerAccess(page);
  for (const analyst of DEFAULT_PROFILE.analysts) {
    // The guide fills the NISS and ticks the rights; the client clicks « Suivant », « Enregistrer », « Confirmer ».
    for (const step of ['grant.add-user', 'grant.niss', 'grant.save', 'grant.confirm']) {
      await expectMarked(page, step);
      if (step === 'grant.niss') {
        await poll(`the NISS of ${analyst.name} filled`, () =>
          page.evaluate(
            (niss) =>
              document
                .querySelector<HTMLInputElement>('[data-replica-truth="grant.niss"]')
                ?.value.replace(/\D/g, '') === niss,
            analyst.niss,
          ),
        );
        await clickAs(page, truthSelector('grant.niss:submit'));
      } else await clickMarked(page);
    }
    await poll(`${analyst.name} granted`, async () =>
      (await analystStatus(browser, COMPANY.enterpriseNumber, analyst.niss)) === 'granted' ? true : null,
    );
  }
}

describe.each(BROWSERS)('%s: the popup after a run through the procedure', (name) => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await e2e.browser(name);
    await browser.clearStorage();
    await browser.writeStorage({ state: { version: 1, settings: { uiLocale: 'fr' } } });
  });

  it('offers the final e-mail with the exact company name, its number and both analysts with their rights', async () => {
    await runProcedure(browser, await browser.newPage());
    const popup = await browser.openExtensionPage('popup.html');
    const body = await popup.waitForFunction(
      () => document.querySelector<HTMLTextAreaElement>('[data-testid="mail-body"]')?.value,
    );
    expect(body).toContain("• Boulangerie Dupont SRL – numéro d'entreprise 0403.170.701");
    const rights = 'Consultation Factures, Déclaration de modification DmfA, Déclaration Dimona, Ecaro';
    expect(body).toContain(`– Analyste principal (NISS 70.04.12-436.23) : ${rights}`);
    expect(body).toContain(`– Analyste back-up (NISS 82.08.30-267.29) : ${rights}`);
    const href = await popup.waitForFunction(() =>
      document.querySelector('a[href^="mailto:"]')?.getAttribute('href'),
    );
    expect(decodeURIComponent(href)).toContain(
      'subject=Accès ONSS donnés à e-thicHR : Boulangerie Dupont SRL',
    );
    expect(await popup.text('.summary')).toBe('2 analystes sur 2 ont leurs accès.');
    const badge = await popup.evaluate(() => {
      const g = globalThis as unknown as Record<
        'browser' | 'chrome',
        { action: { getBadgeText(d: object): Promise<string> } } | undefined
      >;
      return (g.browser ?? g.chrome)?.action.getBadgeText({});
    });
    expect(badge).toBe('2/2');
  });
});
