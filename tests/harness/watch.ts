import type { ExtensionApi, StorageChange, StorageWatch, TestPage } from './types.ts';

// Records storage.onChanged events in an extension page of its own, for both browsers.

type Recorder = { __storageChanges: StorageChange[] };

/** `page` must be a loaded extension page; `api` names the extension API global there ('chrome' or 'browser'). */
export async function watchStorageIn(page: TestPage, api: 'chrome' | 'browser'): Promise<StorageWatch> {
  await page.evaluate((name) => {
    const scope = globalThis as unknown as Recorder & Record<string, ExtensionApi>;
    scope.__storageChanges = [];
    scope[name]?.storage.onChanged.addListener((changes, area) => {
      if (area === 'local') scope.__storageChanges.push(changes);
    });
  }, api);
  return {
    changes: () => page.evaluate(() => (globalThis as unknown as Recorder).__storageChanges),
    stop: () => page.close(),
  };
}
