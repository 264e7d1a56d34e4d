import { rmSync } from 'node:fs';
import { type BrowserContext, chromium, type Page, type Worker } from 'playwright-core';
import type { Certificates } from '../../replica/tls.ts';
import { ConsoleRecord } from './console-record.ts';
import { ExtensionApiBrowser, type InExtension } from './extension-api.ts';
import { browserEnv, extensionDir, makeTempDir } from './paths.ts';
import type { ExtensionBrowser, TestPage, WaitOptions } from './types.ts';
import { DEFAULT_TIMEOUT, poll } from './wait.ts';

// The built Chrome extension in Chromium through playwright-core, with a fresh profile. The real host names resolve to the
// local server; every other name fails to resolve, so nothing leaves the machine (see ../shared/E2E.md).

export const CHROMIUM_PATH = '/usr/lib/chromium/chromium';

export interface LaunchOptions {
  /** Port of the local HTTPS server that answers for `hosts`. */
  serverPort: number;
  hosts: readonly string[];
  certs: Pick<Certificates, 'spkiHash'>;
  /** The unpacked extension to load, when not the run's own build (the packaged zips' test). */
  extension?: string;
}

/** Launch flags, also for scripts/start.ts and the benchmarks; `dist` null starts a browser without the extension. */
export function chromiumArgs(dist: string | null, { serverPort, hosts, certs }: LaunchOptions): string[] {
  const map = hosts.map((host) => `MAP ${host} 127.0.0.1:${serverPort}`);
  return [
    ...(dist === null ? [] : [`--disable-extensions-except=${dist}`, `--load-extension=${dist}`]),
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
    args: chromiumArgs(options.extension ?? extensionDir('chromium'), options),
    env: browserEnv(),
  });
  try {
    const first = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    // The id depends on the folder's absolute path: read it, never hard-code it.
    // (URL.origin is "null" for chrome-extension: URLs, hence the string.)
    const origin = `chrome-extension://${new URL(first.url()).host}`;
    return new ChromiumExtension(context, origin, profile, Date.now() - started, first);
  } catch (error) {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
    throw error;
  }
}

class ChromiumExtension extends ExtensionApiBrowser implements ExtensionBrowser {
  readonly name = 'chromium' as const;
  /** An extension document kept open for storage access and for sending messages as an extension page. */
  private helper: Page | undefined;
  /** The service worker while it runs (Playwright reports each start; a stop is seen through 'close'). */
  private worker: Worker | undefined;

  constructor(
    private readonly context: BrowserContext,
    origin: string,
    private readonly profile: string,
    readonly startupMs: number,
    worker: Worker,
  ) {
    super('chrome', origin);
    const follow = (w: Worker) => {
      if (!w.url().startsWith(origin)) return;
      this.worker = w;
      w.once('close', () => {
        if (this.worker === w) this.worker = undefined;
      });
    };
    follow(worker);
    context.on('serviceworker', follow);
  }

  async newPage(): Promise<TestPage> {
    const page = new ChromiumPage(await this.context.newPage(), (p) => this.pages.delete(p));
    this.pages.add(page);
    return page;
  }

  async stopBackground(): Promise<boolean> {
    const session = await this.context.newCDPSession(await this.helperPage());
    try {
      type Version = { versionId: string; scriptURL: string; runningStatus: string };
      const versions = new Map<string, Version>();
      session.on('ServiceWorker.workerVersionUpdated', (event: { versions: Version[] }) => {
        for (const v of event.versions) if (v.scriptURL.startsWith(this.origin)) versions.set(v.versionId, v);
      });
      // Enabling the domain reports every version with its status.
      await session.send('ServiceWorker.enable');
      await poll('the service worker to be reported', async () => versions.size > 0);
      for (const v of versions.values())
        if (v.runningStatus !== 'stopped')
          await session.send('ServiceWorker.stopWorker', { versionId: v.versionId });
      await poll('the service worker to stop', async () =>
        [...versions.values()].every((v) => v.runningStatus === 'stopped'),
      );
      this.worker = undefined;
      return true;
    } finally {
      await session.detach();
    }
  }

  async close(): Promise<void> {
    await this.context.close();
    rmSync(this.profile, { recursive: true, force: true });
  }

  /**
   * Storage is read in the service worker when it runs, else in the helper extension page (the same
   * storage.local): Chromium stops the worker after ~30 s idle, and reading must not wake it with a message.
   */
  protected readonly inExtension: InExtension = async (fn, arg) => {
    if (this.worker) return this.worker.evaluate(fn as (arg: unknown) => never, arg as unknown);
    return this.inHelper(fn, arg);
  };

  /** In the helper page only: messages sent from there come from an extension page, as the tests mean. */
  protected readonly inHelper: InExtension = async (fn, arg) =>
    (await this.helperPage()).evaluate(fn as (arg: unknown) => never, arg as unknown);

  private async helperPage(): Promise<Page> {
    if (this.helper && !this.helper.isClosed()) return this.helper;
    this.helper = await this.context.newPage();
    // The manifest is a document of the extension's origin with the extension API, and sends nothing on load.
    await this.helper.goto(this.extensionUrl('manifest.json'));
    return this.helper;
  }
}

class ChromiumPage implements TestPage {
  private readonly console = new ConsoleRecord();

  constructor(
    private readonly page: Page,
    private readonly onClose: (page: ChromiumPage) => void,
  ) {
    page.on('console', (msg) => this.console.console(msg));
    page.on('pageerror', (error) => this.console.pageError(error));
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
    return poll(`a condition in ${this.url()}`, () => this.evaluate(fn, arg), options?.timeout);
  }

  async click(selector: string, options?: WaitOptions): Promise<void> {
    await this.page.click(selector, { timeout: options?.timeout ?? DEFAULT_TIMEOUT });
  }

  async mouseClick(x: number, y: number): Promise<void> {
    await this.page.mouse.click(x, y);
  }

  async press(key: string): Promise<void> {
    await this.page.keyboard.press(key);
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

  async setViewport(width: number, height: number): Promise<void> {
    await this.page.setViewportSize({ width, height });
  }

  async screenshot(path: string): Promise<void> {
    await this.page.screenshot({ path, fullPage: true });
  }

  consoleMessages(): string[] {
    return this.console.all();
  }

  consoleErrors(): string[] {
    return this.console.errorsOnly();
  }

  url(): string {
    return this.page.url();
  }

  async close(): Promise<void> {
    this.onClose(this);
    if (!this.page.isClosed()) await this.page.close();
  }
}
