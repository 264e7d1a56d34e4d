import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';

// shared/catalog-load.ts reads the extension's own _locales files when first needed: once per script context, and
// again after a failed read rather than remembering the failure.

vi.mock('../../../src/shared/browser.ts', () => ({
  browser: { runtime: { getURL: (path: string) => `chrome-extension://id/${path}` } },
}));
const { loadCatalog } = await import('../../../src/shared/catalog-load.ts');

const packaged = (url: string) =>
  new Response(readFileSync(url.replace('chrome-extension://id/', ''), 'utf8'), { status: 200 });

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('loadCatalog', () => {
  it('reads the packaged catalog of the locale, once', async () => {
    const fetched = vi.fn(async (url: string) => packaged(url));
    vi.stubGlobal('fetch', fetched);
    const nl = await loadCatalog('nl');
    expect(nl.extName?.message).toBe(
      JSON.parse(readFileSync('_locales/nl/messages.json', 'utf8')).extName.message,
    );
    await loadCatalog('nl');
    expect(fetched).toHaveBeenCalledTimes(1);
    expect(fetched).toHaveBeenCalledWith('chrome-extension://id/_locales/nl/messages.json');
  });

  it('tries again after a failed read', async () => {
    vi.stubGlobal('fetch', async () => new Response('', { status: 404 }));
    await expect(loadCatalog('de')).rejects.toThrow('catalog de: 404');
    vi.stubGlobal('fetch', async (url: string) => packaged(url));
    expect((await loadCatalog('de')).extName?.message).toBeTruthy();
  });
});
