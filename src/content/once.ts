// The background may inject the same file into a frame twice (two requests racing, a page restored from the
// back-forward cache): each injected stage starts once per document. Injected files share the content script's
// isolated world, so a flag on its global object is seen by every injection into the same document.

export function startOnce(flag: string, start: () => void): void {
  const scope = globalThis as Record<string, unknown>;
  if (scope[flag]) return;
  scope[flag] = true;
  try {
    start();
  } catch (error) {
    console.warn('ONSS guide:', error);
  }
}
