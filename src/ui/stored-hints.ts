import type { StoredHints } from './api.ts';
import { UI_LOCALE_SETTINGS } from './locale.ts';

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The language setting and the page last seen, read leniently from the stored state as it is (anything unexpected
 * reads as no hint), for the popup's first frame only and never written back. The state's schemas stay out of the
 * popup, whose bundle they would nearly double: the state shown after that frame is the background's, validated.
 */
export function storedHints(stored: unknown): StoredHints {
  const state = isRecord(stored) ? stored : {};
  const uiLocale = isRecord(state.settings) ? state.settings.uiLocale : undefined;
  const page = isRecord(state.lastPage) ? state.lastPage : undefined;
  return {
    uiLocale: UI_LOCALE_SETTINGS.find((setting) => setting === uiLocale) ?? 'auto',
    lastPage:
      page && typeof page.url === 'string'
        ? { url: page.url, stepId: typeof page.stepId === 'string' ? page.stepId : null }
        : null,
  };
}
