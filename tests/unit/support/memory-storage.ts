// storage.local in memory, for the background's tests that mock src/shared/browser.ts: an area over a Map the test
// reads and fills itself. What goes in and comes out is a copy, as with the browser's own storage, so a test cannot
// pass by holding on to an object the code under test goes on changing.

export function memoryStorageArea(items: Map<string, unknown>) {
  return {
    get: async (keys: string | string[]) =>
      Object.fromEntries(
        [keys].flat().flatMap((k) => (items.has(k) ? [[k, structuredClone(items.get(k))]] : [])),
      ),
    set: async (entries: Record<string, unknown>) => {
      for (const [k, v] of Object.entries(entries)) items.set(k, structuredClone(v));
    },
    remove: async (key: string) => void items.delete(key),
  };
}

/**
 * storage.managed as a policy sets it: `policy()` is what the policy holds now, or 'no-manifest' (Firefox rejects
 * every read without a managed-storage manifest; Chrome answers {}). `before` runs before each answer (a policy
 * still loading).
 */
export function managedStorageArea(
  policy: () => Record<string, unknown> | 'no-manifest',
  before: () => Promise<void> = async () => undefined,
) {
  return {
    get: async (keys: string | string[]) => {
      await before();
      const held = policy();
      if (held === 'no-manifest') throw new Error('Managed storage manifest not found');
      return Object.fromEntries(
        [keys].flat().flatMap((k) => (k in held ? [[k, structuredClone(held[k])]] : [])),
      );
    },
  };
}
