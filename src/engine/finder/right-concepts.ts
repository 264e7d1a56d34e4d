import type { RightId } from '../../shared/profile.ts';
import { ALL_RIGHT_IDS } from '../../shared/right-ids.ts';
import { CONCEPT_WORDS, type Concept, FILLER_WORDS, RIGHT_CONCEPTS } from '../procedure/right-concepts.ts';
import { tokens } from '../text.ts';
import { ConceptReader, conceptKey } from './concepts.ts';

// Reads a caption as a set of concepts (concepts.ts, procedure/right-concepts.ts) and names the right whose concept
// set it equals.

interface Tables {
  reader: ConceptReader<Concept>;
  rights: Map<string, RightId>;
}

function build(): Tables {
  const reader = new ConceptReader<Concept>({ words: CONCEPT_WORDS, filler: FILLER_WORDS });
  const rights = new Map<string, RightId>();
  for (const right of ALL_RIGHT_IDS) {
    for (const set of RIGHT_CONCEPTS[right]) {
      const k = conceptKey(set);
      const other = rights.get(k);
      if (other && other !== right) throw new Error(`concepts ${k} name both ${other} and ${right}`);
      rights.set(k, right);
    }
  }
  return { reader, rights };
}

/** Built on first use: only the rights page needs it. */
let tables: Tables | null = null;
function getTables(): Tables {
  tables ??= build();
  return tables;
}

/**
 * What joins two names in one caption (« Consultation DmfA et Dimona », « Modification / Déclaration DmfA »): each
 * part must then name the same right on its own, never their union.
 */
const JOINS = /[&+,;/]|\s(?:et|ou|en|und|oder|and|or)\s/iu;
/** Dutch « of » (or) is English « of »: a join only in a caption that shows Dutch words. */
const DUTCH_OR = /(?<![\p{L}\p{N}])of(?![\p{L}\p{N}])/iu;
const DUTCH_MARKERS = (
  'het een van naar voor aan bij te met wijziging wijzigen aangifte aangiften aangeven melding raadpleging ' +
  'raadplegen consultatie inzage factuur facturen onmiddellijk tewerkstelling attest werkgever rekening ' +
  'repertorium onderneming tijdelijk werkloosheid sociale risico werken jaarlijks vakantie mandaat mandaten beheer'
).split(' ');
/** Heads of Dutch compounds (« wijzigingsaangifte », « werkgeversrekening »). */
const DUTCH_HEADS = ['wijziging', 'aangifte', 'raadpleging', 'werkgever', 'mandaten'];
const isDutch = (word: string) =>
  DUTCH_MARKERS.includes(word) || DUTCH_HEADS.some((head) => word.startsWith(head));

function rightOfPart(text: string, ofIsFiller: boolean): RightId | null {
  const concepts = getTables().reader.conceptsOf(text, ofIsFiller);
  if (!concepts || concepts.size === 0) return null;
  return getTables().rights.get(conceptKey(concepts)) ?? null;
}

/** The right a caption names: the one whose concept set equals the caption's, or null. */
export function rightOfConcepts(text: string): RightId | null {
  const ofIsFiller = !tokens(text).some(isDutch);
  const joins = ofIsFiller ? JOINS : new RegExp(`${JOINS.source}|${DUTCH_OR.source}`, 'iu');
  const parts = text.split(joins).filter((part) => tokens(part).length > 0);
  if (parts.length <= 1) return rightOfPart(text, ofIsFiller);
  const named = new Set(parts.map((part) => rightOfPart(part, ofIsFiller)));
  return named.size === 1 ? ([...named][0] ?? null) : null;
}
