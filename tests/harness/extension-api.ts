import type { ExtensionApi, StorageWatch, TestPage } from './types.ts';
import { watchStorageIn } from './watch.ts';

// What both browsers do the same way through the extension API: the code is the same, only the global's name differs
// ('chrome' in Chromium, 'browser' in Firefox), so it is passed to the evaluated function as an argument.

export type ApiName = 'chrome' | 'browser';
type Scope = Record<ApiName, ExtensionApi>;

/** Runs `fn` with `arg` in an extension context (service worker or extension page). */
export type InExtension = <R, A>(fn: (arg: A) => R | Promise<R>, arg: A) => Promise<R>;

/** The part of ExtensionBrowser written once; each browser says where the evaluated functions run. */
export abstract class ExtensionApiBrowser {
  /** The pages the test opened and has not closed (each removes itself on close). */
  protected readonly pages = new Set<TestPage>();

  constructor(
    private readonly api: ApiName,
    protected readonly origin: string,
  ) {}

  abstract newPage(): Promise<TestPage>;
  /** Where storage is read and written. */
  protected abstract readonly inExtension: InExtension;
  /** An extension page, where messages are sent from. */
  protected abstract readonly inHelper: InExtension;

  extensionUrl(path: string): string {
    return `${this.origin}/${path.replace(/^\//, '')}`;
  }

  openPages(): TestPage[] {
    return [...this.pages];
  }

  async closePages(): Promise<void> {
    await Promise.all([...this.pages].map((page) => page.close()));
  }

  async openExtensionPage(path: string): Promise<TestPage> {
    const page = await this.newPage();
    await page.goto(this.extensionUrl(path));
    return page;
  }

  readStorage(): Promise<Record<string, unknown>> {
    return this.inExtension(
      (name) => (globalThis as unknown as Scope)[name].storage.local.get(null),
      this.api,
    );
  }

  async writeStorage(items: Record<string, unknown>): Promise<void> {
    await this.inExtension(
      ({ name, value }) => (globalThis as unknown as Scope)[name].storage.local.set(value),
      {
        name: this.api,
        value: items,
      },
    );
  }

  async clearStorage(): Promise<void> {
    await this.inExtension((name) => (globalThis as unknown as Scope)[name].storage.local.clear(), this.api);
  }

  async watchStorage(): Promise<StorageWatch> {
    const page = await this.openExtensionPage('manifest.json');
    return watchStorageIn(page, this.api);
  }

  /** A rejection comes back as `{ thrown: message }`. */
  sendMessageFromExtensionPage(message: unknown): Promise<unknown> {
    return this.inHelper(
      async ({ name, m }) => {
        try {
          return await (globalThis as unknown as Scope)[name].runtime.sendMessage(m);
        } catch (error) {
          return { thrown: error instanceof Error ? error.message : String(error) };
        }
      },
      { name: this.api, m: message },
    );
  }
}
