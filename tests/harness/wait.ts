// Waiting for conditions, never for a fixed time.

export const DEFAULT_TIMEOUT = 10_000;
const POLL_MS = 50;

/**
 * Calls `probe` until it returns a truthy value; errors count as "not yet" (a page still loading, a context
 * being replaced). On timeout, throws with the last error so the reason is visible.
 */
export async function poll<T>(
  what: string,
  probe: () => Promise<T>,
  timeout = DEFAULT_TIMEOUT,
): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeout;
  let last: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value) return value;
      last = undefined;
    } catch (error) {
      last = error;
    }
    if (Date.now() > deadline) {
      const reason = last instanceof Error ? `: ${last.message}` : '';
      throw new Error(`timed out after ${timeout} ms waiting for ${what}${reason}`);
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}
