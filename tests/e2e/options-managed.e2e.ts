import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import manifest from '../../manifest.json';
import { makeTempDir } from '../harness/paths.ts';
import { BROWSERS, useExtensionBrowsers } from '../harness/suite.ts';
import type { ExtensionBrowser } from '../harness/types.ts';

// A managed profile overrides the local one, in a real browser with real managed storage.
// Firefox reads storage.managed from enterprise policies or from a "managed storage manifest" in
// ~/.mozilla/managed-storage/<add-on id>.json: this file gives its Firefox a HOME holding one (vitest runs each
// test file in its own process, so the HOME change stays here). Chromium fills storage.managed only from machine
// policies (/etc/chromium/policies), which a test must not write; for Chromium the effective-profile logic is
// covered by unit tests and options.e2e.ts checks that it reports "local" without a policy.

const e2e = useExtensionBrowsers((_req, res) => {
  res.writeHead(404);
  res.end();
});

const managed = {
  firmName: 'Payroll & Co',
  firmEmail: 'acces@payroll.example',
  analysts: [{ name: 'Ann Peeters', niss: '70041243623' }],
  rights: ['dimona-declaration', 'ecaro'],
  teamviewerUrl: 'https://get.teamviewer.com/payroll',
};
// Corrections the firm deploys beside the profile: they win for their steps (grant.niss here) over the local ones.
const managedLearned = {
  version: 1,
  fingerprints: [
    { stepId: 'grant.niss', role: 'textbox', name: 'NISS', words: ['niss'] },
    { stepId: 'grant.save', role: 'button', name: 'Enregistrer', words: ['save'] },
  ],
};
const localLearned = [
  { stepId: 'grant.niss', role: 'textbox', name: 'Numéro NISS', words: ['niss', 'local'] },
  { stepId: 'connect.start', role: 'link', name: 'Se connecter', words: ['login'] },
];

const local = {
  firmName: 'Local Firm',
  firmEmail: 'local@firm.example',
  analysts: [{ name: 'Bob', niss: '82083026729' }],
  rights: ['ecaro'],
  teamviewerUrl: 'https://www.teamviewer.com/fr/download/windows/',
};

describe.runIf(BROWSERS.includes('firefox'))('firefox: a managed profile wins over the local one', () => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    const home = makeTempDir('home');
    const dir = join(home, '.mozilla', 'managed-storage');
    mkdirSync(dir, { recursive: true });
    const id = manifest.browser_specific_settings.gecko.id;
    writeFileSync(
      join(dir, `${id}.json`),
      JSON.stringify({
        name: id,
        description: 'ONSS guide test policy',
        type: 'storage',
        data: { profile: managed, learned: managedLearned },
      }),
    );
    process.env.HOME = home;
    browser = await e2e.browser('firefox');
    await browser.clearStorage();
    await browser.writeStorage({
      state: {
        version: 1,
        profile: local,
        settings: { uiLocale: 'fr' },
        companies: [
          {
            enterpriseNumber: '0123456749',
            name: 'Boulangerie Dupont SRL',
            registration: 'done',
            analysts: { '70041243623': { status: 'granted', updatedAt: 1 } },
          },
        ],
        currentCompany: '0123456749',
        learned: localLearned,
      },
    });
  });

  it('the background answers with the managed profile', async () => {
    expect(await browser.sendMessageFromExtensionPage({ type: 'profile/get' })).toEqual({
      ok: true,
      value: { profile: managed, source: 'managed', problems: [] },
    });
    expect(await browser.sendMessageFromExtensionPage({ type: 'state/get' })).toMatchObject({
      ok: true,
      value: { profile: managed },
    });
  });

  it('refuses local edits and keeps the stored local profile as it was', async () => {
    const answer = await browser.sendMessageFromExtensionPage({ type: 'profile/set', profile: local });
    // The refusal carries its message key, for the page to word it in its language.
    expect(answer).toEqual({
      ok: false,
      error: "the profile is managed by the firm's policy",
      refusal: { key: 'options_profile_refused_managed', substitutions: [] },
    });
    expect(((await browser.readStorage()) as { state: { profile: unknown } }).state.profile).toEqual(local);
  });

  it('the options page says so and locks the form; the popup writes to the managed firm', async () => {
    const options = await browser.openExtensionPage('options.html');
    expect(await options.text('[data-testid="managed-banner"]')).toContain('fixé par votre secrétariat');
    const form = await options.waitForFunction(() => {
      const name = document.querySelector<HTMLInputElement>('input[autocomplete="organization"]');
      return name?.value ? { value: name.value, disabled: name.matches(':disabled') } : null;
    });
    expect(form).toEqual({ value: 'Payroll & Co', disabled: true });
    expect(
      await options.evaluate(() => document.querySelector<HTMLInputElement>('#import-file')?.disabled),
    ).toBe(true);

    const popup = await browser.openExtensionPage('popup.html');
    const href = await popup.waitForFunction(() =>
      document.querySelector('a[href^="mailto:"]')?.getAttribute('href'),
    );
    expect(href.startsWith('mailto:acces@payroll.example?')).toBe(true);
    expect(decodeURIComponent(href)).toContain(
      'Ann Peeters (NISS 70.04.12-436.23)\u00a0: Déclaration Dimona, Ecaro',
    );
    expect(options.consoleErrors()).toEqual([]);
  });

  it('the options page says that the managed corrections win for their steps, and which local ones they replace', async () => {
    expect(await browser.sendMessageFromExtensionPage({ type: 'learned/managed' })).toEqual({
      ok: true,
      value: { managed: 2, managedSteps: ['grant.niss', 'grant.save'], overridden: 1, problems: [] },
    });
    const options = await browser.openExtensionPage('options.html');
    const note = await options.text('[data-testid="learned-managed"]');
    expect(note).toContain('Corrections déployées par votre secrétariat (configuration gérée)\u00a0: 2.');
    expect(note).toContain('grant.niss');
    expect(note).toContain('Corrections locales remplacées\u00a0: 1');
    // The local ones stay stored, untouched.
    expect(((await browser.readStorage()) as { state: { learned: unknown } }).state.learned).toEqual(
      localLearned,
    );
    expect(options.consoleErrors()).toEqual([]);
  });
});
