import { describe, expect, it } from 'vitest';
import { allTexts, PROCEDURE } from '../../../src/engine/procedure/index.ts';
import { PAGE_PHRASES } from '../../../src/engine/procedure/page-phrases.ts';
import { packList, packPages, unpackList, unpackPages } from '../../../src/engine/procedure/phrase-pack.ts';
import { normalize } from '../../../src/engine/text.ts';

// The pages' captions as recognition compares them, which the built scripts carry in place of the captions
// (scripts/build.ts): the same phrases, and the packing gives back exactly what it was given.

describe("the pages' phrases", () => {
  it("are every page's captions, normalised, each once, none empty", () => {
    expect(Object.keys(PAGE_PHRASES).sort()).toEqual(PROCEDURE.pages.map((page) => page.id).sort());
    for (const page of PROCEDURE.pages) {
      const phrases = PAGE_PHRASES[page.id];
      for (const field of ['headings', 'phrases', 'excludes'] as const) {
        const folded = new Set(allTexts(page[field]).map(normalize));
        expect(new Set(phrases?.[field]), `${page.id} ${field}`).toEqual(folded);
        expect(phrases?.[field].length, `${page.id} ${field}`).toBe(folded.size);
      }
    }
  });

  it('come back from their packing unchanged', () => {
    expect(unpackPages(packPages(PAGE_PHRASES))).toEqual(PAGE_PHRASES);
    const sample = {
      a: { headings: ['x y'], phrases: [], excludes: ['z'] },
      'b-c': { headings: [], phrases: ['ß'], excludes: [] },
    };
    expect(unpackPages(packPages(sample))).toEqual(sample);
    expect(unpackList(packList([]))).toEqual([]);
    expect(unpackList(packList(['one', 'two words']))).toEqual(['one', 'two words']);
  });

  it('refuse to pack what is not a normalised phrase (it would come back as other phrases)', () => {
    expect(() => packList(['a|b'])).toThrow(/not a normalised phrase/);
    expect(() => packList(['a/b'])).toThrow(/not a normalised phrase/);
    expect(() => packList([''])).toThrow(/not a normalised phrase/);
  });
});
