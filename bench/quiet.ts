import { cpus } from 'node:os';

// Waits until the machine's processors are mostly idle: what one browser still does after its page settled (a
// service worker's write, an animation the compositor draws) must not fall into another browser's next load.

/** A window counts as quiet when at least this share of the processors' time in it was idle. */
const IDLE_SHARE = 0.9;
/** Long enough for the kernel's 10 ms ticks to tell 90 % from 100 % on two processors. */
const WINDOW_MS = 100;
const TIMEOUT_MS = 3_000;

function idleAndTotal(): { idle: number; total: number } {
  let idle = 0;
  let total = 0;
  for (const { times } of cpus()) {
    idle += times.idle;
    total += times.user + times.nice + times.sys + times.idle + times.irq;
  }
  return { idle, total };
}

/** Resolves true once a window of WINDOW_MS was quiet, false if none was before TIMEOUT_MS. */
export async function machineQuiet(): Promise<boolean> {
  const started = Date.now();
  let before = idleAndTotal();
  while (Date.now() - started < TIMEOUT_MS) {
    await new Promise((resolve) => setTimeout(resolve, WINDOW_MS));
    const after = idleAndTotal();
    const total = after.total - before.total;
    if (total > 0 && (after.idle - before.idle) / total >= IDLE_SHARE) return true;
    before = after;
  }
  return false;
}
