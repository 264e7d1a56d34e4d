import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { BROWSERS, useExtensionBrowsers } from '../harness/suite.ts';
import type { ExtensionBrowser, TestPage } from '../harness/types.ts';
import { poll } from '../harness/wait.ts';
import { axeViolations, fill, focusRings, pickFile, positiveTabIndexCount } from './popup-helpers.ts';

// The options page in the built extension: accessibility in every language (Chromium), and in both browsers a
// good profile file shown (what it changes), imported once confirmed, then a bad one refused with the reasons
// while the imported profile survives; a cancelled import that changes nothing; the same for a learned-corrections
// file.

const e2e = useExtensionBrowsers((_req, res) => {
  res.writeHead(404);
  res.end();
});

const LOCALES = ['fr', 'nl', 'en', 'de'] as const;

const firmProfile = {
  firmName: 'Payroll & Co',
  firmEmail: 'acces@payroll.example',
  analysts: [{ name: 'Ann Peeters', niss: '70041243623' }],
  rights: ['dimona-declaration', 'ecaro'],
  teamviewerUrl: 'https://get.teamviewer.com/payroll',
};

type Stored = { state?: { profile?: unknown; learned?: unknown }; learned?: unknown };

// Learned corrections (teach mode's fingerprints): one stored, a file with one taught again and a new one.
const storedFingerprint = {
  stepId: 'grant.niss',
  role: 'textbox',
  name: 'NISS',
  words: ['niss'],
  learnedAt: 1,
};
const learnedFile = {
  version: 1,
  fingerprints: [
    { ...storedFingerprint, words: ['niss', 'input'], learnedAt: 2 },
    { stepId: 'grant.save', role: 'button', name: 'Enregistrer', words: ['save'], learnedAt: 3 },
  ],
};

async function openOptions(browser: ExtensionBrowser): Promise<TestPage> {
  const page = await browser.openExtensionPage('options.html');
  await page.text('#profile-title');
  return page;
}

describe.each(BROWSERS)('%s: options page', (name) => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await e2e.browser(name);
  });
  beforeEach(async () => {
    await browser.clearStorage();
    // The pages follow the browser's language (English in these test browsers) unless told otherwise.
    await browser.writeStorage({ state: { version: 1, settings: { uiLocale: 'fr' } } });
  });

  it('imports a good profile file, then refuses a bad one, says why, and keeps the imported profile', async () => {
    const page = await openOptions(browser);
    await pickFile(page, '#import-file', 'good.json', JSON.stringify({ profile: firmProfile }));
    // First what it would change, with the analysts' names and NISS; the focus on Cancel; nothing stored yet.
    const preview = await page.waitForFunction(() => {
      const box = document.querySelector('[data-testid="profile-confirm"]');
      return box && document.activeElement?.getAttribute('data-testid') === 'profile-confirm-cancel'
        ? box.textContent
        : null;
    });
    expect(preview).toContain(
      'Ann Peeters — NISS 70.04.12-436.23 (actuellement «\u00a0Analyste principal\u00a0»)',
    );
    expect(preview).toContain('Analyste back-up — NISS 82.08.30-267.29');
    expect(((await browser.readStorage()) as Stored).state?.profile).not.toEqual(firmProfile);
    await page.click('[data-testid="profile-confirm-confirm"]');
    const imported = await page.waitForFunction(
      () => document.querySelector('[data-testid="import-outcome"]')?.textContent || null,
    );
    expect(imported).toBe('Profil importé.');
    const stored = async () => ((await browser.readStorage()) as Stored).state?.profile;
    expect(await poll('the imported profile to be stored', stored)).toEqual(firmProfile);

    const bad = {
      profile: {
        ...firmProfile,
        firmEmail: 'not-an-address',
        analysts: [{ name: 'X', niss: '70041243624' }],
      },
    };
    await pickFile(page, '#import-file', 'bad.json', JSON.stringify(bad));
    const outcome = await page.waitForFunction(() => {
      const text = document.querySelector('[data-testid="import-outcome"]')?.textContent ?? '';
      return text.includes('Fichier refusé') ? text : null;
    });
    expect(outcome).toContain('profile.firmEmail');
    expect(outcome).toContain('profile.analysts[0].niss');
    expect(await stored()).toEqual(firmProfile);
    // The page still shows the imported profile, and so does a fresh one.
    expect(
      await page.evaluate(
        () => document.querySelector<HTMLInputElement>('input[autocomplete="organization"]')?.value,
      ),
    ).toBe('Payroll & Co');
    const again = await openOptions(browser);
    await again.waitForFunction(
      () =>
        document.querySelector<HTMLInputElement>('input[autocomplete="organization"]')?.value ===
        'Payroll & Co',
    );
    expect(page.consoleErrors()).toEqual([]);
  });

  it('cancels a profile import: nothing is stored and the page says so', async () => {
    const page = await openOptions(browser);
    await pickFile(page, '#import-file', 'good.json', JSON.stringify({ profile: firmProfile }));
    await page.click('[data-testid="profile-confirm-cancel"]');
    const outcome = await page.waitForFunction(
      () => document.querySelector('[data-testid="import-outcome"]')?.textContent || null,
    );
    expect(outcome).toBe("Import annulé\u00a0: rien n'a changé.");
    expect(await page.evaluate(() => document.querySelector('[data-testid="profile-confirm"]'))).toBeNull();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('import-file');
    expect(((await browser.readStorage()) as Stored).state?.profile).not.toEqual(firmProfile);
    expect(
      await page.evaluate(
        () => document.querySelector<HTMLInputElement>('input[autocomplete="organization"]')?.value,
      ),
    ).toBe('e-thicHR');
    expect(page.consoleErrors()).toEqual([]);
  });

  it('imports a learned-corrections file (merged), then refuses a bad one, says why, and keeps the set', async () => {
    // Stored under the old key of earlier versions: the background moves it into State on its first read.
    await browser.writeStorage({ learned: { version: 1, fingerprints: [storedFingerprint] } });
    const page = await openOptions(browser);
    const count = () =>
      page.evaluate(() => document.querySelector('[data-testid="learned-count"]')?.textContent ?? null);
    const loaded = await page.waitForFunction(
      () => document.querySelector('[data-testid="learned-count"]')?.textContent || null,
    );
    expect(loaded).toBe('Corrections enregistrées : 1');

    await pickFile(page, '#learned-file', 'learned.json', JSON.stringify(learnedFile));
    const preview = await page.waitForFunction(
      () => document.querySelector('[data-testid="learned-confirm"]')?.textContent || null,
    );
    expect(preview).toContain('grant.save «\u00a0Enregistrer\u00a0» (button)');
    expect(preview).toContain('grant.niss «\u00a0NISS\u00a0» (textbox)');
    await page.click('[data-testid="learned-confirm-confirm"]');
    const imported = await page.waitForFunction(
      () => document.querySelector('[data-testid="learned-outcome"]')?.textContent || null,
    );
    expect(imported).toBe('Corrections importées : 2, ajoutées à celles déjà enregistrées.');
    // The background answers once it has stored the merged set: the one taught again replaced its older copy.
    const stored = async () => {
      const all = (await browser.readStorage()) as Stored;
      return { version: 1, fingerprints: all.state?.learned, legacyKey: all.learned };
    };
    expect(await stored()).toEqual({ ...learnedFile, legacyKey: undefined });
    expect(await count()).toBe('Corrections enregistrées : 2');

    const bad = {
      version: 1,
      fingerprints: [learnedFile.fingerprints[1], { ...storedFingerprint, role: 'div' }],
    };
    await pickFile(page, '#learned-file', 'bad.json', JSON.stringify(bad));
    const outcome = await page.waitForFunction(() => {
      const text = document.querySelector('[data-testid="learned-outcome"]')?.textContent ?? '';
      return text.includes('Fichier refusé') ? text : null;
    });
    expect(outcome).toContain('fingerprints[1].role');
    expect(await stored()).toEqual({ ...learnedFile, legacyKey: undefined });
    expect(await count()).toBe('Corrections enregistrées : 2');
    expect(page.consoleErrors()).toEqual([]);
  });

  it('masks a hostile corrections file before the preview, and stores it masked (issue 14)', async () => {
    const page = await openOptions(browser);
    await page.waitForFunction(() => document.querySelector('[data-testid="learned-count"]')?.textContent);
    const hostile = {
      version: 1,
      fingerprints: [
        {
          stepId: 'grant.add-user',
          role: 'button',
          name: 'Ajouter Marie Peeters 85073003328',
          words: ['add', 'u85073003328'],
          context: 'Utilisateurs de Boulangerie Dupont marie.peeters@firme.be',
        },
        { stepId: 'grant.save', role: 'button', name: 'Marie Peeters', words: [] },
      ],
    };
    await pickFile(page, '#learned-file', 'hostile.json', JSON.stringify(hostile));
    const preview = await page.waitForFunction(
      () => document.querySelector('[data-testid="learned-confirm"]')?.textContent || null,
    );
    expect(preview).toContain('grant.add-user «\u00a0Ajouter ###########\u00a0» (button)');
    expect(preview).not.toMatch(/Marie|Peeters|Dupont|\d{3}/);
    expect(preview).toContain('Corrections écartées');
    await page.click('[data-testid="learned-confirm-confirm"]');
    const learned = async () => ((await browser.readStorage()) as Stored).state?.learned as unknown[];
    const stored = await poll('the masked corrections to be stored', async () =>
      (await learned())?.length ? learned() : null,
    );
    expect(stored).toEqual([
      expect.objectContaining({ stepId: 'grant.add-user', name: 'Ajouter ###########', words: ['add'] }),
    ]);
    expect(JSON.stringify(stored)).not.toMatch(/Marie|Peeters|Boulangerie|Dupont|firme|\d/i);
    expect(page.consoleErrors()).toEqual([]);
  });

  it("says the background's refusal in the page's language when teach mode filled the set since the preview", async () => {
    const fill = (n: number) =>
      Array.from({ length: n }, (_, i) => ({
        stepId: 'grant.add-user',
        role: 'button',
        name: `ajouter ${i}`,
        words: [],
      }));
    await browser.writeStorage({ state: { version: 1, settings: { uiLocale: 'nl' }, learned: fill(499) } });
    const page = await openOptions(browser);
    expect(
      await page.waitForFunction(() => document.querySelector('[data-testid="learned-count"]')?.textContent),
    ).toBe('Opgeslagen correcties: 499');
    await pickFile(
      page,
      '#learned-file',
      'one.json',
      JSON.stringify({ version: 1, fingerprints: [storedFingerprint] }),
    );
    await page.waitForFunction(() => Boolean(document.querySelector('[data-testid="learned-confirm"]')));
    // The 500th correction is taught on a portal tab while the preview is open.
    await browser.writeStorage({ state: { version: 1, settings: { uiLocale: 'nl' }, learned: fill(500) } });
    await page.click('[data-testid="learned-confirm-confirm"]');
    const outcome = await page.waitForFunction(
      () => document.querySelector('[data-testid="learned-outcome"]')?.textContent || null,
    );
    expect(outcome).toBe(
      'Bestand geweigerd: 500 opgeslagen correcties en 1 nieuwe zouden de limiet van 500 overschrijden. Een import wist nooit opgeslagen correcties: vergeet er eerst enkele of importeer een kleiner bestand.',
    );
    expect(((await browser.readStorage()) as Stored).state?.learned).toEqual(fill(500));
  });

  it('compares a profile file with nothing when the stored profile is unreadable, and says the guide is halted', async () => {
    await browser.writeStorage({
      state: { version: 1, settings: { uiLocale: 'fr' }, profile: { firmName: 42 } },
    });
    const page = await openOptions(browser);
    expect(
      await page.waitForFunction(
        () => document.querySelector('[data-testid="profile-unreadable"]')?.textContent,
      ),
    ).toContain('Le guide ne remplit et ne coche plus rien');
    // The raw value was kept aside before the repair.
    expect(
      ((await browser.readStorage()) as { 'state-backup'?: { raw: unknown }[] })['state-backup']?.[0]?.raw,
    ).toEqual({
      version: 1,
      settings: { uiLocale: 'fr' },
      profile: { firmName: 42 },
    });
    // The repair is said in the popup too, not only here.
    const popup = await browser.openExtensionPage('popup.html');
    expect(
      await popup.waitForFunction(() => document.querySelector('[data-testid="repaired"]')?.textContent),
    ).toContain('réparées');
    await pickFile(page, '#import-file', 'good.json', JSON.stringify({ profile: firmProfile }));
    const preview = await page.waitForFunction(
      () => document.querySelector('[data-testid="profile-confirm"]')?.textContent || null,
    );
    expect(preview).toContain("Le profil actuel n'a pas pu être lu");
    expect(preview).toContain('Ann Peeters — NISS 70.04.12-436.23 (nouveau)');
    expect(preview).not.toMatch(/Analyste (principal|back-up)/);
    await page.click('[data-testid="profile-confirm-confirm"]');
    await page.waitForFunction(
      () => document.querySelector('[data-testid="import-outcome"]')?.textContent === 'Profil importé.',
    );
    await page.waitForFunction(() => !document.querySelector('[data-testid="profile-unreadable"]'));
    expect(
      ((await browser.readStorage()) as { state: { profileUnreadable: boolean } }).state.profileUnreadable,
    ).toBe(false);
  });

  it('reports no managed profile when no policy is set, and accepts local edits', async () => {
    const answer = await browser.sendMessageFromExtensionPage({ type: 'profile/get' });
    expect(answer).toMatchObject({ ok: true, value: { source: 'local', problems: [] } });
    const page = await openOptions(browser);
    expect(await page.evaluate(() => document.querySelector('[data-testid="managed-banner"]'))).toBeNull();
    if (name === 'chromium') {
      // Chromium loaded managed_schema.json (an invalid schema stops the extension from loading) and, with no
      // policy on this machine, storage.managed is empty.
      const managed = await page.evaluate(() =>
        (
          globalThis as unknown as { chrome: { storage: { managed: { get(k: null): Promise<object> } } } }
        ).chrome.storage.managed.get(null),
      );
      expect(managed).toEqual({});
    }
    expect(
      await browser.sendMessageFromExtensionPage({ type: 'profile/set', profile: firmProfile }),
    ).toMatchObject({
      ok: true,
      value: { profile: firmProfile },
    });
    expect(((await browser.readStorage()) as Stored).state?.profile).toEqual(firmProfile);
  });
});

describe.runIf(BROWSERS.includes('chromium'))('chromium: options page accessibility', () => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await e2e.browser('chromium');
  });

  it('shows a visible focus ring on every control; no positive tabindex, so tab order is reading order', async () => {
    await browser.clearStorage();
    await browser.writeStorage({ state: { version: 1, settings: { uiLocale: 'fr' } } });
    const page = await openOptions(browser);
    const rings = await focusRings(page);
    expect(rings.length).toBeGreaterThan(15);
    expect(rings.filter((r) => !r.ok)).toEqual([]);
    expect(await positiveTabIndexCount(page)).toBe(0);
  });

  it.each(LOCALES)(
    'has no axe-core violations in %s, with field errors and the forget confirmation shown',
    async (locale) => {
      await browser.clearStorage();
      // With a learned correction, so that the corrections' table is shown too.
      await browser.writeStorage({
        state: { version: 1, settings: { uiLocale: locale } },
        learned: { version: 1, fingerprints: [storedFingerprint] },
      });
      const page = await openOptions(browser);
      await page.waitForFunction(() => document.querySelector('[data-testid="learned-steps"]') !== null);
      expect(await page.evaluate(() => document.documentElement.lang)).toBe(locale);
      expect(await axeViolations(page)).toEqual([]);
      // The same with errors on screen: an empty firm name and a wrong NISS, then save.
      await fill(page, 'input[autocomplete="organization"]', '');
      await fill(page, 'input[inputmode="numeric"]', '12345');
      await page.click('button[type="submit"]');
      await page.waitForFunction(() => document.querySelectorAll('[aria-invalid="true"]').length === 2);
      // And the confirmation asked before forgetting the corrections.
      await page.click('[data-testid="learned-forget"]');
      await page.waitForFunction(() => document.querySelector('fieldset.confirm') !== null);
      // And the preview of a profile file and of a corrections file, before their confirmation.
      await pickFile(page, '#import-file', 'good.json', JSON.stringify({ profile: firmProfile }));
      await pickFile(page, '#learned-file', 'learned.json', JSON.stringify(learnedFile));
      await page.waitForFunction(
        () =>
          document.querySelector('[data-testid="profile-confirm"]') !== null &&
          document.querySelector('[data-testid="learned-confirm"]') !== null,
      );
      // And the exact text of both exports, open.
      await page.evaluate(() => {
        for (const details of document.querySelectorAll('details')) details.open = true;
      });
      expect(await axeViolations(page)).toEqual([]);
    },
  );
});
