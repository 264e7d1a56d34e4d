import { randomUUID } from 'node:crypto';
import { cpSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer, { type Browser, type KeyInput, type Page } from 'puppeteer-core';
import { inject } from 'vitest';
import type { LaunchOptions } from './chromium.ts';
import { ConsoleRecord } from './console-record.ts';
import { ExtensionApiBrowser, type InExtension } from './extension-api.ts';
import { browserEnv, extensionDir, makeTempDir } from './paths.ts';
import { type ConnectProxy, pacUrl, startConnectProxy } from './proxy.ts';
import type { ExtensionBrowser, TestPage, WaitOptions } from './types.ts';
import { DEFAULT_TIMEOUT, poll } from './wait.ts';

// The built Firefox extension in Firefox ESR through puppeteer-core over WebDriver BiDi, installed as a temporary add-on (host
// permissions granted without a prompt). Every request goes through the harness's CONNECT proxy (PAC as a data:
// URL), which reaches only the local server; the certificate is accepted with acceptInsecureCerts.

export const FIREFOX_PATH = '/usr/bin/firefox-esr';

/** The raw WebDriver BiDi connection under puppeteer's Browser (for commands puppeteer does not wrap). */
type Bidi = { send(method: string, params: object): Promise<unknown> };

export async function launchFirefox(options: LaunchOptions): Promise<ExtensionBrowser> {
  const started = Date.now();
  const dist = options.extension ?? extensionDir('firefox');
  const manifest = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8')) as {
    browser_specific_settings: { gecko: { id: string } };
  };
  // Pinning the add-on's UUID puts its pages at a known moz-extension:// origin.
  const uuid = randomUUID();
  const proxy = await startConnectProxy(options.hosts, options.serverPort);
  const profile = makeTempDir('firefox-profile');
  const template = inject('firefoxProfileTemplate');
  if (template) cpSync(template, profile, { recursive: true });
  let browser: Browser | undefined;
  try {
    browser = await launch(profile, proxy.port, browserEnv(), {
      'extensions.webextensions.uuids': JSON.stringify({
        [manifest.browser_specific_settings.gecko.id]: uuid,
      }),
    });
    const addonId = await browser.installExtension(dist);
    const extension = new FirefoxExtension(browser, addonId, `moz-extension://${uuid}`, proxy, profile);
    await extension.readStorage();
    extension.startupMs = Date.now() - started;
    return extension;
  } catch (error) {
    await browser?.close();
    await proxy.close();
    rmSync(profile, { recursive: true, force: true });
    throw error;
  }
}

function launch(
  profile: string,
  proxyPort: number,
  env: Record<string, string>,
  prefs: Record<string, unknown> = {},
): Promise<Browser> {
  return puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    acceptInsecureCerts: true,
    userDataDir: profile,
    // Needed to open moz-extension:// pages over WebDriver BiDi.
    args: ['-remote-allow-system-access'],
    env: { ...env, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
    extraPrefsFirefox: {
      'network.proxy.type': 2,
      'network.proxy.autoconfig_url': pacUrl(proxyPort),
      ...prefs,
    },
  });
}

/**
 * A profile Firefox has started once and closed, with no add-on and no page: copying it instead of starting from
 * an empty folder saves Firefox's first-run work (about 40 % of its start-up) in every test file.
 */
export async function makeFirefoxProfileTemplate(dir: string, tmpdir: string): Promise<void> {
  const proxy = await startConnectProxy([], 0);
  try {
    const env: Record<string, string> = { TMPDIR: tmpdir };
    for (const [key, value] of Object.entries(process.env)) if (value !== undefined) env[key] ??= value;
    const browser = await launch(dir, proxy.port, env);
    await browser.close();
  } finally {
    await proxy.close();
  }
}

class FirefoxExtension extends ExtensionApiBrowser implements ExtensionBrowser {
  readonly name = 'firefox' as const;
  startupMs = 0;
  /** An extension page kept open for storage access and for sending messages as an extension page. */
  private helper: FirefoxPage | undefined;

  constructor(
    private readonly browser: Browser,
    private readonly addonId: string,
    origin: string,
    private readonly proxy: ConnectProxy,
    private readonly profile: string,
  ) {
    super('browser', origin);
  }

  async newPage(): Promise<TestPage> {
    return this.track(await this.browser.newPage());
  }

  /**
   * Suspends the background event page as Firefox does when idle, with Firefox's own test hook
   * (extension.terminateBackground), run in the browser's chrome context over WebDriver BiDi (allowed by
   * -remote-allow-system-access).
   */
  async stopBackground(): Promise<boolean> {
    const connection = (this.browser as unknown as { connection: Bidi }).connection;
    const tree = (await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome' })) as {
      result: { contexts: { context: string }[] };
    };
    const context = tree.result.contexts[0]?.context;
    if (!context) throw new Error('stopBackground: no chrome browsing context');
    const expression = `(async () => {
      const extension = WebExtensionPolicy.getByID(${JSON.stringify(this.addonId)}).extension;
      await extension.terminateBackground();
      return extension.backgroundState;
    })()`;
    const answer = (await connection.send('script.evaluate', {
      expression,
      target: { context },
      awaitPromise: true,
    })) as { result: { type: string; result?: { value?: unknown }; exceptionDetails?: { text?: string } } };
    if (answer.result.type !== 'success')
      throw new Error(`stopBackground: ${answer.result.exceptionDetails?.text}`);
    if (answer.result.result?.value !== 'stopped')
      throw new Error(`stopBackground: background is ${String(answer.result.result?.value)}`);
    return true;
  }

  async close(): Promise<void> {
    await this.browser.close();
    await this.proxy.close();
    rmSync(this.profile, { recursive: true, force: true });
  }

  private track(page: Page): FirefoxPage {
    const wrapped = new FirefoxPage(page, (p) => this.pages.delete(p));
    this.pages.add(wrapped);
    return wrapped;
  }

  protected readonly inHelper: InExtension = async (fn, arg) => (await this.helperPage()).evaluate(fn, arg);
  protected readonly inExtension = this.inHelper;

  private async helperPage(): Promise<FirefoxPage> {
    if (this.helper && !this.helper.isClosed()) return this.helper;
    // Not tracked: it survives closePages(). The manifest is an extension document that sends nothing on load.
    this.helper = new FirefoxPage(await this.browser.newPage(), () => undefined);
    await this.helper.goto(this.extensionUrl('manifest.json'));
    return this.helper;
  }
}

class FirefoxPage implements TestPage {
  private readonly console = new ConsoleRecord();
  /** The extension page last opened by goto: puppeteer does not see those navigations, so page.url() lags. */
  private openedExtensionUrl: string | undefined;

  constructor(
    private readonly page: Page,
    private readonly onClose: (page: FirefoxPage) => void,
  ) {
    page.on('console', (msg) => this.console.console(msg));
    page.on('pageerror', (error) => this.console.pageError(error));
  }

  async goto(url: string): Promise<void> {
    this.openedExtensionUrl = undefined;
    if (!url.startsWith('moz-extension:')) {
      await this.page.goto(url, { waitUntil: 'load' });
      return;
    }
    // Firefox sends no navigation events for extension pages: goto never settles. Start it, then wait for the
    // document to be there.
    this.page.goto(url).catch(() => undefined);
    await poll(`${url} to load`, () =>
      this.page.evaluate((expected) => location.href === expected && document.readyState === 'complete', url),
    );
  }

  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R> {
    return this.page.evaluate(fn as (arg: unknown) => R | Promise<R>, arg) as Promise<R>;
  }

  waitForFunction<R, A = undefined>(
    fn: (arg: A) => R | Promise<R>,
    arg?: A,
    options?: WaitOptions,
  ): Promise<NonNullable<R>> {
    return poll(`a condition in ${this.url()}`, () => this.evaluate(fn, arg), options?.timeout);
  }

  async click(selector: string, options?: WaitOptions): Promise<void> {
    await this.present(selector, options);
    await this.page.click(selector);
  }

  async mouseClick(x: number, y: number): Promise<void> {
    await this.page.mouse.click(x, y);
  }

  async press(key: string): Promise<void> {
    await this.page.keyboard.press(key as KeyInput);
  }

  async type(selector: string, text: string, options?: WaitOptions): Promise<void> {
    await this.present(selector, options);
    await this.page.type(selector, text);
  }

  async text(selector: string, options?: WaitOptions): Promise<string> {
    return poll(
      `${selector} in ${this.url()}`,
      () =>
        this.page.evaluate((s) => {
          const text = document.querySelector(s)?.textContent;
          return text === null || text === undefined ? null : { text: text.trim() };
        }, selector),
      options?.timeout ?? DEFAULT_TIMEOUT,
    ).then((found) => found.text);
  }

  async setViewport(width: number, height: number): Promise<void> {
    await this.page.setViewport({ width, height });
  }

  async screenshot(path: string): Promise<void> {
    await this.page.screenshot({ path: path as `${string}.png`, fullPage: true });
  }

  consoleMessages(): string[] {
    return this.console.all();
  }

  consoleErrors(): string[] {
    return this.console.errorsOnly();
  }

  url(): string {
    return this.openedExtensionUrl ?? this.page.url();
  }

  isClosed(): boolean {
    return this.page.isClosed();
  }

  async close(): Promise<void> {
    this.onClose(this);
    if (!this.page.isClosed()) await this.page.close();
  }

  private async present(selector: string, options?: WaitOptions): Promise<void> {
    await poll(
      `${selector} in ${this.url()}`,
      () => this.page.evaluate((s) => document.querySelector(s) !== null, selector),
      options?.timeout ?? DEFAULT_TIMEOUT,
    );
  }
}
