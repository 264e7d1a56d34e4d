import {
  NISS_CONCEPT_WORDS,
  NISS_FILLER_WORDS,
  NISS_IDENTIFIER_SETS,
  NISS_QUALIFIER_SETS,
  type NissConcept,
} from '../procedure/niss-concepts.ts';
import { normalize } from '../text.ts';
import { ConceptReader, conceptKey } from './concepts.ts';

// Whether a field's label names the NISS of the user being added, by its set of concepts
// (procedure/niss-concepts.ts), whatever its wording, order, inflections or compounds.

interface Tables {
  reader: ConceptReader<NissConcept>;
  accepted: Set<string>;
}

let tables: Tables | null = null;
function getTables(): Tables {
  if (!tables) {
    const reader = new ConceptReader<NissConcept>({ words: NISS_CONCEPT_WORDS, filler: NISS_FILLER_WORDS });
    const accepted = new Set<string>();
    for (const identifier of NISS_IDENTIFIER_SETS)
      for (const qualifier of NISS_QUALIFIER_SETS) accepted.add(conceptKey([...identifier, ...qualifier]));
    tables = { reader, accepted };
  }
  return tables;
}

/**
 * Whether the label names the NISS field of the user being added: not when it names something else (the person's
 * own number, a search, the enterprise number…), nor when a word of it is not in the vocabulary.
 */
export function namesNissField(label: string): boolean {
  const { reader, accepted } = getTables();
  const concepts = reader.conceptsOf(label, true);
  return concepts !== null && accepted.has(conceptKey(concepts));
}

/** Whether a text carries a word of the vocabulary: a field whose texts carry none cannot be the NISS field. */
export function mayNameNissField(folded: string): boolean {
  const { reader } = getTables();
  return normalize(folded)
    .split(' ')
    .some((word) => word !== '' && reader.ofCompound(word) !== null);
}
