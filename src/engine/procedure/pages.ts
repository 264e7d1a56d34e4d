import { PAGE_TEXTS } from './captions.ts';
import { STRUCTURED_PAGES } from './page-structure.ts';
import type { PageSpec } from './schema.ts';

// The procedure's pages, their texts joined to their structure: what the procedure's schema checks. The scripts
// score pages from their structure and their phrases (page-phrases.ts), not from these: marked pure, so that a
// bundle leaves the pages' texts out.
export const PAGES: PageSpec[] = /* @__PURE__ */ STRUCTURED_PAGES.map((page) => ({
  ...page,
  ...PAGE_TEXTS[page.id as keyof typeof PAGE_TEXTS],
}));
