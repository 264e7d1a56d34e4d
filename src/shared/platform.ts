// The one place that knows which browser this build is for. esbuild replaces __BUILD_TARGET__ at build time;
// under vitest it is defined in vitest.config.ts.
declare const __BUILD_TARGET__: 'chrome' | 'firefox';

export type BuildTarget = 'chrome' | 'firefox';
export const BUILD_TARGET: BuildTarget = __BUILD_TARGET__;
export const isFirefox = BUILD_TARGET === 'firefox';

/** Firefox needs a separate eID add-on besides the eID software (see the preparation checklist). */
export const needsEidAddon = isFirefox;

/** Where the extension's toolbar icon is, and how to keep it in sight: said when the job ends. */
export const ICON_HINT_KEY = isFirefox ? 'hint_iconFirefox' : 'hint_iconChrome';
