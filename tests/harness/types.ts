// One interface over both browsers, so that an end-to-end test is written once and runs in Chromium and Firefox.

export const BROWSER_NAMES = ['chromium', 'firefox'] as const;
export type BrowserName = (typeof BROWSER_NAMES)[number];

/** The browsers to run, all by default; E2E_BROWSERS=chromium (comma-separated) narrows it while working. */
export const BROWSERS: readonly BrowserName[] = (() => {
  const wanted = process.env.E2E_BROWSERS?.split(',').map((s) => s.trim());
  return wanted ? BROWSER_NAMES.filter((name) => wanted.includes(name)) : BROWSER_NAMES;
})();

export interface WaitOptions {
  /** Milliseconds; 10 s when not given. */
  timeout?: number;
}

export interface TestPage {
  /** Navigates and resolves once the document has loaded (extension pages included). */
  goto(url: string): Promise<void>;
  /** Runs `fn(arg)` in the page and returns its (serialisable) result. */
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  /** Polls `fn(arg)` in the page until it returns a truthy value, and returns that value. */
  waitForFunction<R, A = undefined>(
    fn: (arg: A) => R | Promise<R>,
    arg?: A,
    options?: WaitOptions,
  ): Promise<NonNullable<R>>;
  /** Waits for the element, then clicks it like a user. */
  click(selector: string, options?: WaitOptions): Promise<void>;
  /** A click of the mouse at viewport coordinates, as the person's own input (isTrusted: Chromium's input events
   *  over CDP, Firefox's WebDriver BiDi input.performActions): it reaches whatever is there, a closed shadow root's
   *  content included. */
  mouseClick(x: number, y: number): Promise<void>;
  /** A key pressed and released as the person's own input (e.g. 'Tab', 'Enter'), on whatever has the focus. */
  press(key: string): Promise<void>;
  /** Waits for the element, focuses it and types the text key by key. */
  type(selector: string, text: string, options?: WaitOptions): Promise<void>;
  /** Waits for the element and returns its trimmed text. */
  text(selector: string, options?: WaitOptions): Promise<string>;
  /** Sets the size of the page's viewport in CSS pixels (the window's inner size). */
  setViewport(width: number, height: number): Promise<void>;
  screenshot(path: string): Promise<void>;
  /** Every console message of this page so far, as "type: text". */
  consoleMessages(): string[];
  /** Console errors and uncaught page errors so far. */
  consoleErrors(): string[];
  url(): string;
  close(): Promise<void>;
}

/** One storage.onChanged event: key → old and new value. */
export type StorageChange = Record<string, { oldValue?: unknown; newValue?: unknown }>;

export interface StorageWatch {
  changes(): Promise<StorageChange[]>;
  stop(): Promise<void>;
}

export interface ExtensionBrowser {
  name: BrowserName;
  /** Time from launch to the extension's background being ready, in ms. */
  startupMs: number;
  /** `chrome-extension://<id>/<path>` or `moz-extension://<uuid>/<path>`. */
  extensionUrl(path: string): string;
  newPage(): Promise<TestPage>;
  /** Opens one of the extension's pages (e.g. 'popup.html') as a tab and waits until it has loaded. */
  openExtensionPage(path: string): Promise<TestPage>;
  /** Everything in the extension's storage.local. */
  readStorage(): Promise<Record<string, unknown>>;
  /** Sets keys in storage.local (as storage.local.set does). */
  writeStorage(items: Record<string, unknown>): Promise<void>;
  clearStorage(): Promise<void>;
  /**
   * Starts recording every storage.local change (storage.onChanged) from now on, in order. Lets a test prove that
   * something did NOT happen: do it, then do something that must be recorded after it, then read the list.
   */
  watchStorage(): Promise<StorageWatch>;
  /**
   * Sends `message` with runtime.sendMessage from an extension page and returns the background's raw answer
   * (the `{ ok, value | error }` envelope), or `{ thrown: message }` if sendMessage itself rejected.
   */
  sendMessageFromExtensionPage(message: unknown): Promise<unknown>;
  /**
   * Stops the extension's background as the browser does when it is idle (Chromium's service worker, Firefox's
   * event page); the next event starts it again. Resolves true once it has stopped.
   */
  stopBackground(): Promise<boolean>;
  /** Pages opened through this object and not closed yet. */
  openPages(): TestPage[];
  /** Closes every open page (the harness does it after each test). */
  closePages(): Promise<void>;
  close(): Promise<void>;
}

/** The slice of the extension API the harness calls inside extension pages and the service worker. */
export interface ExtensionApi {
  storage: {
    local: {
      get(keys: null): Promise<Record<string, unknown>>;
      set(items: Record<string, unknown>): Promise<void>;
      clear(): Promise<void>;
    };
    onChanged: { addListener(listener: (changes: StorageChange, area: string) => void): void };
  };
  runtime: { sendMessage(message: unknown): Promise<unknown> };
}
