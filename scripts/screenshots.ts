// Screenshots for the README and the stores: npm run screenshots. Builds the Chrome version, loads it in a headless
// Chromium with a fresh profile and a sample progress (two companies, one analyst granted), and writes
// docs/screenshots/{popup,options}-{fr,nl}.png; then the guide on the replica's pages (scripts/screenshots-guide.ts):
// docs/screenshots/guide-*.png and the stores' pictures in docs/store/screenshots/. Nothing leaves the machine.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_PATH } from '../tests/harness/chromium.ts';
import { buildTarget, ROOT } from './build.ts';
import { guideScreenshots } from './screenshots-guide.ts';

const OUT = join(ROOT, 'docs/screenshots');
const LOCALES = ['fr', 'nl'] as const;

const sampleState = (uiLocale: string) => ({
  version: 1,
  settings: { uiLocale },
  companies: [
    {
      enterpriseNumber: '0403170701',
      name: 'Boulangerie Dupont SRL',
      registration: 'done',
      analysts: {
        '70041243623': { status: 'granted', updatedAt: 1 },
        '82083026729': { status: 'in-progress', updatedAt: 2 },
      },
    },
    { enterpriseNumber: '0812345603', name: 'Dupont Immo SA', registration: 'unknown', analysts: {} },
  ],
  currentCompany: '0403170701',
  lastPage: null,
});

async function main(): Promise<void> {
  // Its own build and profile in a temp folder: a test run using dist/ at the same time is left alone.
  const scratch = mkdtempSync(join(tmpdir(), 'onss-screenshots-'));
  const dist = await buildTarget('chrome', join(scratch, 'dist'));
  const profile = join(scratch, 'profile');
  mkdirSync(OUT, { recursive: true });
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      `--disable-extensions-except=${dist}`,
      `--load-extension=${dist}`,
      // No name resolves: the pages are the extension's own, nothing needs the network.
      '--host-resolver-rules=MAP * ~NOTFOUND',
      '--no-first-run',
      '--disable-sync',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-gpu',
    ],
  });
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const origin = `chrome-extension://${new URL(worker.url()).host}`;
    for (const locale of LOCALES) {
      await worker.evaluate(async (state) => {
        const api = (
          globalThis as unknown as {
            chrome: { storage: { local: { clear(): Promise<void>; set(items: object): Promise<void> } } };
          }
        ).chrome;
        await api.storage.local.clear();
        await api.storage.local.set({ state });
      }, sampleState(locale));
      for (const [page, width] of [
        ['popup', 400],
        ['options', 760],
      ] as const) {
        const tab = await context.newPage();
        await tab.setViewportSize({ width, height: 600 });
        await tab.goto(`${origin}/${page}.html`);
        await tab.locator('h2').first().waitFor();
        await tab.waitForFunction((lang) => document.documentElement.lang === lang, locale);
        const file = join(OUT, `${page}-${locale}.png`);
        await tab.screenshot({ path: file, fullPage: true });
        console.log(`wrote ${file}`);
        await tab.close();
      }
    }
  } finally {
    await context.close();
  }
  try {
    const store = join(ROOT, 'docs/store/screenshots');
    mkdirSync(store, { recursive: true });
    for (const file of await guideScreenshots(dist, join(scratch, 'guide-profile'), OUT, store))
      console.log(`wrote ${file}`);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

await main();
