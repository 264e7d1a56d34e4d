// The one place that knows which browser this build is for. esbuild replaces __BUILD_TARGET__ at build time;
// under vitest it is defined in vitest.config.ts.
declare const __BUILD_TARGET__: 'chrome' | 'firefox';

export type BuildTarget = 'chrome' | 'firefox';
export const BUILD_TARGET: BuildTarget = __BUILD_TARGET__;
export const isFirefox = BUILD_TARGET === 'firefox';

/** Firefox needs a separate eID add-on besides the eID software (see the preparation checklist). */
export const needsEidAddon = isFirefox;
