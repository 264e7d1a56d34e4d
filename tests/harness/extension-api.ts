import type { ExtensionApi } from './types.ts';

// Storage and messaging through the extension API global, for both browsers: the code is the same, only the global's
// name differs ('chrome' in Chromium, 'browser' in Firefox), so it is passed to the evaluated function as an argument.

export type ApiName = 'chrome' | 'browser';
type Scope = Record<ApiName, ExtensionApi>;

/** Runs `fn` with `arg` in an extension context (service worker or extension page). */
export type InExtension = <R, A>(fn: (arg: A) => R | Promise<R>, arg: A) => Promise<R>;

export function readStorageWith(run: InExtension, api: ApiName): Promise<Record<string, unknown>> {
  return run((name) => (globalThis as unknown as Scope)[name].storage.local.get(null), api);
}

export async function writeStorageWith(
  run: InExtension,
  api: ApiName,
  items: Record<string, unknown>,
): Promise<void> {
  await run(({ name, value }) => (globalThis as unknown as Scope)[name].storage.local.set(value), {
    name: api,
    value: items,
  });
}

export async function clearStorageWith(run: InExtension, api: ApiName): Promise<void> {
  await run((name) => (globalThis as unknown as Scope)[name].storage.local.clear(), api);
}

/** Sends `message` as an extension page; a rejection comes back as `{ thrown: message }`. */
export function sendMessageWith(run: InExtension, api: ApiName, message: unknown): Promise<unknown> {
  return run(
    async ({ name, m }) => {
      try {
        return await (globalThis as unknown as Scope)[name].runtime.sendMessage(m);
      } catch (error) {
        return { thrown: error instanceof Error ? error.message : String(error) };
      }
    },
    { name: api, m: message },
  );
}
