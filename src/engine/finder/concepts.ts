import { tokens } from '../text.ts';

// Reads a text as a set of concepts: each word (in French, Dutch, German or English, inflected, or joined in a
// compound) names one concept of a vocabulary or is filler; a word the vocabulary does not know makes the text
// name nothing. The rights (right-concepts.ts) and the NISS field's label (niss-concepts.ts) are read so, each
// with its own vocabulary (procedure/right-concepts.ts, procedure/niss-concepts.ts).

/** Endings a word may carry beyond its listed form: plurals and inflections of the four languages. */
const ENDINGS = ['s', 'es', 'en', 'n', 'e', 'er'];
/** The linking « s » of Dutch and German compounds (Wijziging-s-aangifte, Identifikation-s-nummer). */
const LINK = 's';

export interface Vocabulary<C extends string> {
  words: Readonly<Record<C, readonly string[]>>;
  filler: ReadonlySet<string>;
}

export class ConceptReader<C extends string> {
  private readonly words = new Map<string, C>();

  constructor(private readonly vocabulary: Vocabulary<C>) {
    for (const [concept, list] of Object.entries(vocabulary.words) as [C, readonly string[]][]) {
      for (const word of list) {
        const other = this.words.get(word);
        if ((other && other !== concept) || vocabulary.filler.has(word))
          throw new Error(`word « ${word} » names two concepts`);
        this.words.set(word, concept);
      }
    }
  }

  /** The concept of one word, with its inflected forms. */
  private ofWord(word: string): C | null {
    const exact = this.words.get(word);
    if (exact) return exact;
    for (const ending of ENDINGS) {
      if (word.length > ending.length + 2 && word.endsWith(ending)) {
        const stem = this.words.get(word.slice(0, -ending.length));
        if (stem) return stem;
      }
    }
    return null;
  }

  /** The concepts of a compound (« wijzigingsaangifte », « rijksregisternummer »), or null when a part is unknown. */
  ofCompound(word: string, depth = 0): C[] | null {
    const whole = this.ofWord(word);
    if (whole) return [whole];
    if (depth > 2) return null;
    for (let i = 3; i <= word.length - 3; i += 1) {
      const head = word.slice(0, i);
      const headConcept =
        this.ofWord(head) ?? (head.endsWith(LINK) ? this.words.get(head.slice(0, -LINK.length)) : undefined);
      if (!headConcept) continue;
      const rest = this.ofCompound(word.slice(i), depth + 1);
      if (rest) return [headConcept, ...rest];
    }
    return null;
  }

  /** The concepts a text names, or null when one of its words is neither a concept nor filler. */
  conceptsOf(text: string, ofIsFiller = false): Set<C> | null {
    const list = tokens(text);
    const concepts = new Set<C>();
    for (let i = 0; i < list.length; i += 1) {
      const word = list[i] as string;
      if (this.vocabulary.filler.has(word) || (ofIsFiller && word === 'of')) continue;
      let found = this.ofCompound(word);
      // « e-Box »: a letter cut from its word by a hyphen.
      const next = list[i + 1];
      if (!found && next !== undefined) {
        const joined = this.ofCompound(word + next);
        if (joined) {
          found = joined;
          i += 1;
        }
      }
      if (!found) return null;
      for (const c of found) concepts.add(c);
    }
    return concepts;
  }
}

/** A set of concepts as one key: the same set, whatever its order, gives the same key. */
export const conceptKey = (concepts: Iterable<string>) => [...new Set(concepts)].sort().join('+');
