// Each work pass of the guide runs inside a User Timing measure. Content scripts share the page's performance
// timeline, so `npm run bench` reads the guide's main-thread time per page from outside the extension.

export const PASS_MEASURE = 'onss-guide:pass';

export function timedPass<T>(perf: Performance, work: () => T): T {
  const start = perf.now();
  try {
    return work();
  } finally {
    // jsdom (the unit tests' window) has no User Timing.
    if (typeof perf.measure === 'function') perf.measure(PASS_MEASURE, { start });
  }
}
