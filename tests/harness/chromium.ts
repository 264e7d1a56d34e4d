import { rmSync } from 'node:fs';
import { type BrowserContext, chromium, type Page, type Worker } from 'playwright-core';
import type { Certificates } from '../../replica/tls.ts';
import { browserEnv, DIST, makeTempDir } from './paths.ts';
import type { ExtensionApi, ExtensionBrowser, StorageWatch, TestPage, WaitOptions } from './types.ts';
import { DEFAULT_TIMEOUT, poll } from './wait.ts';
import { watchStorageIn } from './watch.ts';

// dist/chrome in Chromium through playwright-core, with a fresh profile. The real host names resolve to the
// local server; every other name fails to resolve, so nothing leaves the machine (see ../shared/E2E.md).

/** `chrome` in the service worker and extension pages, where the functions given to evaluate run. */
type WithChrome = { chrome: ExtensionApi };

export const CHROMIUM_PATH = '/usr/lib/chromium/chromium';

export interface LaunchOptions {
  /** Port of the local HTTPS server that answers for `hosts`. */
  serverPort: number;
  hosts: readonly string[];
  certs: Pick<Certificates, 'spkiHash'>;
}

export function chromiumArgs(dist: string, { serverPort, hosts, certs }: LaunchOptions): string[] {
  const map = hosts.map((host) => `MAP ${host} 127.0.0.1:${serverPort}`);
  return [
    `--disable-extensions-except=${dist}`,
    `--load-extension=${dist}`,
    `--host-resolver-rules=${[...map, 'MAP * ~NOTFOUND', 'EXCLUDE 127.0.0.1', 'EXCLUDE localhost'].join(',')}`,
    `--ignore-certificate-errors-spki-list=${certs.spkiHash}`,
    '--disable-quic',
    '--disable-gpu',
    '--no-first-run',
    '--disable-sync',
    '--disable-background-networking',
    '--disable-component-update',
  ];
}

export async function launchChromium(options: LaunchOptions): Promise<ExtensionBrowser> {
  const started = Date.now();
  const profile = makeTempDir('chromium-profile');
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: chromiumArgs(DIST.chromium, options),
    env: browserEnv(),
  });
  try {
    const first = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    // The id depends on the folder's absolute path: read it, never hard-code it.
    // (URL.origin is "null" for chrome-extension: URLs, hence the string.)
    const origin = `chrome-extension://${new URL(first.url()).host}`;
    return new ChromiumExtension(context, origin, profile, Date.now() - started);
  } catch (error) {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
    throw error;
  }
}

class ChromiumExtension implements ExtensionBrowser {
  readonly name = 'chromium' as const;
  private readonly pages = new Set<ChromiumPage>();
  /** An extension document kept open to wake the service worker and send messages as an extension page. */
  private helper: Page | undefined;

  constructor(
    private readonly context: BrowserContext,
    private readonly origin: string,
    private readonly profile: string,
    readonly startupMs: number,
  ) {}

  extensionUrl(path: string): string {
    return `${this.origin}/${path.replace(/^\//, '')}`;
  }

  async newPage(): Promise<TestPage> {
    const page = new ChromiumPage(await this.context.newPage(), (p) => this.pages.delete(p));
    this.pages.add(page);
    return page;
  }

  async openExtensionPage(path: string): Promise<TestPage> {
    const page = await this.newPage();
    await page.goto(this.extensionUrl(path));
    return page;
  }

  async readStorage(): Promise<Record<string, unknown>> {
    const worker = await this.background();
    return worker.evaluate(() => (globalThis as unknown as WithChrome).chrome.storage.local.get(null));
  }

  async writeStorage(items: Record<string, unknown>): Promise<void> {
    const worker = await this.background();
    await worker.evaluate(
      (value) => (globalThis as unknown as WithChrome).chrome.storage.local.set(value),
      items,
    );
  }

  async clearStorage(): Promise<void> {
    const worker = await this.background();
    await worker.evaluate(() => (globalThis as unknown as WithChrome).chrome.storage.local.clear());
  }

  async watchStorage(): Promise<StorageWatch> {
    const page = await this.openExtensionPage('manifest.json');
    return watchStorageIn(page, 'chrome');
  }

  async sendMessageFromExtensionPage(message: unknown): Promise<unknown> {
    const helper = await this.helperPage();
    return helper.evaluate(async (m) => {
      try {
        return await (globalThis as unknown as WithChrome).chrome.runtime.sendMessage(m);
      } catch (error) {
        return { thrown: error instanceof Error ? error.message : String(error) };
      }
    }, message);
  }

  openPages(): TestPage[] {
    return [...this.pages];
  }

  async closePages(): Promise<void> {
    await Promise.all([...this.pages].map((page) => page.close()));
  }

  async close(): Promise<void> {
    await this.context.close();
    rmSync(this.profile, { recursive: true, force: true });
  }

  /**
   * The extension's service worker. Chromium stops it after ~30 s idle; a stopped worker is started again through
   * the DevTools protocol, so reading storage never sends the extension a message of ours.
   */
  private async background(): Promise<Worker> {
    const live = this.context.serviceWorkers().find((w) => w.url().startsWith(this.origin));
    if (live && (await live.evaluate(() => true).catch(() => false))) return live;
    const next = this.context.waitForEvent('serviceworker', {
      predicate: (w) => w.url().startsWith(this.origin),
      timeout: DEFAULT_TIMEOUT,
    });
    try {
      const session = await this.context.newCDPSession(await this.helperPage());
      await session.send('ServiceWorker.enable');
      await session.send('ServiceWorker.startWorker', { scopeURL: `${this.origin}/` });
      await session.detach();
    } catch (error) {
      next.catch(() => undefined);
      throw error;
    }
    return next;
  }

  private async helperPage(): Promise<Page> {
    if (this.helper && !this.helper.isClosed()) return this.helper;
    this.helper = await this.context.newPage();
    // The manifest is a document of the extension's origin with the extension API, and sends nothing on load.
    await this.helper.goto(this.extensionUrl('manifest.json'));
    return this.helper;
  }
}

class ChromiumPage implements TestPage {
  private readonly messages: string[] = [];
  private readonly errors: string[] = [];

  constructor(
    private readonly page: Page,
    private readonly onClose: (page: ChromiumPage) => void,
  ) {
    page.on('console', (msg) => {
      this.messages.push(`${msg.type()}: ${msg.text()}`);
      if (msg.type() === 'error') this.errors.push(msg.text());
    });
    page.on('pageerror', (error) => {
      this.messages.push(`pageerror: ${error.message}`);
      this.errors.push(error.message);
    });
  }

  async goto(url: string): Promise<void> {
    await this.page.goto(url, { waitUntil: 'load' });
  }

  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R> {
    return this.page.evaluate(fn as (arg: unknown) => R | Promise<R>, arg as unknown);
  }

  waitForFunction<R, A = undefined>(
    fn: (arg: A) => R | Promise<R>,
    arg?: A,
    options?: WaitOptions,
  ): Promise<NonNullable<R>> {
    return poll(`a condition in ${this.page.url()}`, () => this.evaluate(fn, arg), options?.timeout);
  }

  async click(selector: string, options?: WaitOptions): Promise<void> {
    await this.page.click(selector, { timeout: options?.timeout ?? DEFAULT_TIMEOUT });
  }

  async type(selector: string, text: string, options?: WaitOptions): Promise<void> {
    await this.page
      .locator(selector)
      .pressSequentially(text, { timeout: options?.timeout ?? DEFAULT_TIMEOUT });
  }

  async text(selector: string, options?: WaitOptions): Promise<string> {
    const text = await this.page.textContent(selector, { timeout: options?.timeout ?? DEFAULT_TIMEOUT });
    return (text ?? '').trim();
  }

  async screenshot(path: string): Promise<void> {
    await this.page.screenshot({ path, fullPage: true });
  }

  consoleMessages(): string[] {
    return [...this.messages];
  }

  consoleErrors(): string[] {
    return [...this.errors];
  }

  url(): string {
    return this.page.url();
  }

  async close(): Promise<void> {
    this.onClose(this);
    if (!this.page.isClosed()) await this.page.close();
  }
}
