import { mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { type BrowserContext, chromium } from 'playwright-core';
import { SERVED_HOSTS } from '../replica/hosts.ts';
import { CHROMIUM_PATH, chromiumArgs } from '../tests/harness/chromium.ts';
import type { BenchEnv } from './section.ts';

// Chromium for the benchmarks: a fresh profile, the replica's host names mapped to the local HTTPS server and nothing
// else reachable (see ../../shared/E2E.md), with or without the unpacked extension; the flags are the e2e harness's.

export interface BenchChromium {
  context: BrowserContext;
  /** Set when the extension is loaded. */
  extensionId?: string;
  version: string;
  /** The profile folder (to start the same browser again). */
  profile?: string;
}

export interface LaunchOptions {
  /** Folder of the unpacked extension, or null for a plain browser. */
  extension: string | null;
  port: number;
  spkiHash: string;
  /** Parent folder for the throwaway profile. */
  tmp: string;
  /** false for an extension without a background (whose service worker would never come). */
  worker?: boolean;
  /** A profile folder to start again (a browser restarted), instead of a fresh one. */
  profile?: string;
}

export async function launchChromium(options: LaunchOptions): Promise<BenchChromium> {
  const args = chromiumArgs(options.extension, {
    serverPort: options.port,
    hosts: SERVED_HOSTS,
    certs: { spkiHash: options.spkiHash },
  });
  const profile =
    options.profile ?? mkdtempSync(join(options.tmp, options.extension ? 'profile-ext-' : 'profile-plain-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args,
    // Chromium's own temp files stay in the benchmark's folder, which the run removes.
    env: { ...process.env, TMPDIR: options.tmp },
  });
  const version = context.browser()?.version() ?? (await versionFromPage(context));
  if (!options.extension || options.worker === false) return { context, version };
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return { context, extensionId: new URL(worker.url()).host, version, profile };
}

/**
 * Resolves once the extension's storage.managed answers. Chromium answers it only seconds after its start, and the
 * guide's context is settled from then on (a page loaded before gets a second, late answer: contentScript.firstHintMs
 * measures that start-up); figures of the guide's steady state load their pages after it.
 */
export async function managedReady(browser: BenchChromium): Promise<void> {
  const worker = browser.extensionId ? browser.context.serviceWorkers()[0] : undefined;
  type Chrome = { chrome: { storage: { managed: { get(): Promise<unknown> } } } };
  await worker?.evaluate(() => (globalThis as unknown as Chrome).chrome.storage.managed.get());
}

async function versionFromPage(context: BrowserContext): Promise<string> {
  const page = context.pages()[0] ?? (await context.newPage());
  const ua = await page.evaluate(() => navigator.userAgent);
  return /Chrome\/([\d.]+)/.exec(ua)?.[1] ?? 'unknown';
}

export interface ChromiumPair {
  withExt: BenchChromium;
  without: BenchChromium;
}

/**
 * Runs `use` with two Chromiums on the replica, one with the built extension and one without (launched in that
 * order), and closes both whatever happens.
 */
export async function withChromiumPair<T>(
  env: Pick<BenchEnv, 'replica' | 'dist' | 'tmp'>,
  use: (pair: ChromiumPair) => Promise<T>,
): Promise<T> {
  const { server, certs } = await env.replica();
  const launch = (extension: string | null) =>
    launchChromium({ extension, port: server.port, spkiHash: certs.spkiHash, tmp: env.tmp });
  const browsers: BenchChromium[] = [];
  try {
    browsers.push(await launch(env.dist), await launch(null));
    const [withExt, without] = browsers as [BenchChromium, BenchChromium];
    return await use({ withExt, without });
  } finally {
    for (const b of browsers) await b.context.close();
  }
}
