import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createReplica } from '../../replica/app.ts';
import { DEFAULT_PROFILE } from '../../src/shared/profile.ts';
import { BROWSERS, useExtensionBrowsers } from '../harness/suite.ts';
import type { ExtensionBrowser, TestPage } from '../harness/types.ts';
import { poll } from '../harness/wait.ts';
import {
  analystStatus,
  clickAs,
  clickMarked,
  expectMarked,
  PORTAL,
  readInputs,
  shows,
  truthSelector,
  variantQuery,
} from './guide-walk.ts';

// The card's step counter counts within a phase, in real Chromium and Firefox (issue 17: it jumped 6 → 7 → 2 → 3 →
// 4 → 5 → 8): « Connexion » 1 to 7 up to the « Employeur ONSS » users, then « Accès pour chaque analyste » 1 to 5,
// and 1 again for the next analyst; the registration's pages, which count themselves, name the phase only. The
// card lives in a closed shadow root: the browser's own find (window.find) reads its rendered text. On the way, the
// card's words: the first visit's « S'enregistrer » and the add-user button quoted as the page writes it.

const COMPANY = '0403170701'; // the replica's Boulangerie Dupont SRL, principal access manager
const replica = createReplica({});
const e2e = useExtensionBrowsers(replica);

/** Waits until the card shows `count`, and checks it shows none of the other counts of that phase. */
async function expectCount(page: TestPage, phase: string, n: number, total: number): Promise<void> {
  await poll(`« ${phase} — étape ${n} sur ${total} » on the card`, async () =>
    (await shows(page, `${phase} — étape ${n} sur ${total}`)) ? true : null,
  );
  for (let other = 1; other <= total; other++)
    if (other !== n) expect(await shows(page, `étape ${other} sur ${total}`), `also ${other}`).toBe(false);
}

describe.each(BROWSERS)('%s: the step counter counts within a phase', (name) => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await e2e.browser(name);
  });
  beforeEach(async () => {
    await browser.clearStorage();
  });

  it('counts the connection 1 to 7, each analyst 1 to 5, and names the registration without a number', async () => {
    const page = await browser.newPage();
    await page.setViewport(1280, 800);
    await page.goto(`${PORTAL}/__replica/reset`);
    await page.goto(
      `${PORTAL}/site_fr/employer/infos/index.htm?${variantQuery({ lang: 'fr', wording: 'new', markup: 'clean', timing: 'normal' })}`,
    );
    const connect = 'Connexion';
    await expectMarked(page, 'connect.start');
    await expectCount(page, connect, 1, 7);
    // No company registered yet: the card tells about « S'enregistrer » first.
    await poll('the first visit on the card', async () =>
      (await shows(page, 'Première visite')) ? true : null,
    );
    await clickMarked(page);
    await expectMarked(page, 'connect.method');
    await expectCount(page, connect, 2, 7);
    await page.type(truthSelector('connect.method:password'), 'marie.dupont');
    await page.type('input[type=password]', 'pass-Word-1');
    await clickAs(page, truthSelector('connect.method:submit'));
    await expectMarked(page, 'connect.pick-company', /^connect\.pick-company/);
    await expectCount(page, connect, 3, 7);
    await clickAs(page, truthSelector(`connect.pick-company:${COMPANY}`));
    for (const [index, step] of [
      'connect.all-services',
      'grant.access-management',
      'grant.pick-quality',
      'grant.employer-onss',
    ].entries()) {
      await expectMarked(page, step);
      await expectCount(page, connect, 4 + index, 7);
      await clickMarked(page);
    }

    const grant = 'Accès pour chaque analyste';
    const [first] = DEFAULT_PROFILE.analysts;
    if (!first) throw new Error('no analyst in the default profile');
    await expectMarked(page, 'grant.add-user');
    await expectCount(page, grant, 1, 5);
    // The new wording's button: the card quotes the page's caption, not the procedure's « Ajouter un utilisateur ».
    await poll("the page's caption quoted on the card", async () =>
      (await shows(page, 'Cliquez sur «\u00a0Nouvel utilisateur\u00a0»')) ? true : null,
    );
    expect(await shows(page, 'Ajouter un utilisateur')).toBe(false);
    await clickMarked(page);
    await expectMarked(page, 'grant.niss');
    await expectCount(page, grant, 2, 5);
    await poll('the NISS filled', async () =>
      (await readInputs(page, 'grant.niss'))[0]?.value.replace(/\D/g, '') === first.niss ? true : null,
    );
    await clickAs(page, truthSelector('grant.niss:submit'));
    await expectMarked(page, 'grant.save');
    await expectCount(page, grant, 4, 5);
    await clickMarked(page);
    await expectMarked(page, 'grant.confirm');
    await expectCount(page, grant, 5, 5);
    await clickMarked(page);
    await poll('the first analyst granted', async () =>
      (await analystStatus(browser, COMPANY, first.niss)) === 'granted' ? true : null,
    );
    // The next analyst: the phase starts again at 1.
    await expectMarked(page, 'grant.add-user');
    await expectCount(page, grant, 1, 5);

    // The registration's pages show the portal's own « Étape 1 sur 3 »: the card names the phase only.
    await page.goto(`${PORTAL}/app033/registration/start.do`);
    await expectMarked(page, 'register.enterprise-number');
    await poll('« Enregistrement » on the card', async () =>
      (await shows(page, 'Enregistrement')) ? true : null,
    );
    // (« Enregistrement » may be the portal's word too: what proves the card's line is that no count follows it.)
    expect(await shows(page, '— étape')).toBe(false);
  });
});
