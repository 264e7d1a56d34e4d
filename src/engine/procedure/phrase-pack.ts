import type { PagePhrases } from './page-phrases.ts';

// page-phrases.ts's values as the built scripts carry them: one string each, split when the script starts. A
// normalised phrase holds letters, digits and single spaces only (text.ts), so any other character separates.

const PHRASE = '|';
const LIST = '~';
const PAGE = '/';

export function packList(phrases: readonly string[]): string {
  for (const phrase of phrases)
    if (phrase === '' || /[|~/]/.test(phrase))
      throw new Error(`not a normalised phrase: ${JSON.stringify(phrase)}`);
  return phrases.join(PHRASE);
}

export function unpackList(packed: string): string[] {
  return packed === '' ? [] : packed.split(PHRASE);
}

export function packPages(pages: Readonly<Record<string, PagePhrases>>): string {
  return Object.entries(pages)
    .map(([id, { headings, phrases, excludes }]) =>
      [id, packList(headings), packList(phrases), packList(excludes)].join(LIST),
    )
    .join(PAGE);
}

export function unpackPages(packed: string): Record<string, PagePhrases> {
  const pages: Record<string, PagePhrases> = {};
  for (const line of packed.split(PAGE)) {
    const [id = '', headings = '', phrases = '', excludes = ''] = line.split(LIST);
    pages[id] = {
      headings: unpackList(headings),
      phrases: unpackList(phrases),
      excludes: unpackList(excludes),
    };
  }
  return pages;
}
