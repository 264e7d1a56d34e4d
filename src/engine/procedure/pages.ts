import { PAGE_TEXTS } from './captions.ts';
import { PAGE_STRUCTURE } from './page-structure.ts';
import type { LocaleTexts, PageSpec } from './schema.ts';

// The procedure's pages (their texts joined to their structure) apart from its steps: the content script's gate
// needs the pages only, and the bundler then leaves the steps' captions and targets to the guide (guide.js).

/** Every caption of a LocaleTexts, all languages together: a French page may show Dutch captions and back. */
export function allTexts(texts: LocaleTexts | undefined): string[] {
  return texts ? [...texts.fr, ...texts.nl, ...texts.de, ...texts.en] : [];
}

export const PAGES: PageSpec[] = Object.entries(PAGE_STRUCTURE).map(([id, structure]) => ({
  id,
  ...structure,
  ...PAGE_TEXTS[id as keyof typeof PAGE_TEXTS],
}));
