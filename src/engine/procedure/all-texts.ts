import type { LocaleTexts } from './schema.ts';

/** Every caption of a LocaleTexts, all languages together: a French page may show Dutch captions and back. */
export function allTexts(texts: LocaleTexts | undefined): string[] {
  return texts ? [...texts.fr, ...texts.nl, ...texts.de, ...texts.en] : [];
}
