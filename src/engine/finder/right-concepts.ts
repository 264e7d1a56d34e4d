import { ALL_RIGHT_IDS, type RightId } from '../../shared/profile.ts';
import { CONCEPT_WORDS, type Concept, FILLER_WORDS, RIGHT_CONCEPTS } from '../procedure/right-concepts.ts';
import { tokens } from '../text.ts';

// Reads a caption as a set of concepts (procedure/right-concepts.ts) and names the right whose concept set it equals.

/** Endings a word may carry beyond its listed form: plurals and inflections of the four languages. */
const ENDINGS = ['s', 'es', 'en', 'n', 'e', 'er'];
/** The linking « s » of Dutch and German compounds (Wijziging-s-aangifte, Mandat-s-verwaltung). */
const LINK = 's';

interface Tables {
  words: Map<string, Concept>;
  rights: Map<string, RightId>;
}

const key = (concepts: Iterable<Concept>) => [...new Set(concepts)].sort().join('+');

function build(): Tables {
  const words = new Map<string, Concept>();
  for (const [concept, list] of Object.entries(CONCEPT_WORDS) as [Concept, readonly string[]][]) {
    for (const word of list) {
      const other = words.get(word);
      if ((other && other !== concept) || FILLER_WORDS.has(word))
        throw new Error(`word « ${word} » names two concepts`);
      words.set(word, concept);
    }
  }
  const rights = new Map<string, RightId>();
  for (const right of ALL_RIGHT_IDS) {
    for (const set of RIGHT_CONCEPTS[right]) {
      const k = key(set);
      const other = rights.get(k);
      if (other && other !== right) throw new Error(`concepts ${k} name both ${other} and ${right}`);
      rights.set(k, right);
    }
  }
  return { words, rights };
}

/** Built on first use: only the rights page needs it. */
let tables: Tables | null = null;
function getTables(): Tables {
  tables ??= build();
  return tables;
}

/** The concept of one word, with its inflected forms. */
function conceptOfWord(word: string, words: Map<string, Concept>): Concept | null {
  const exact = words.get(word);
  if (exact) return exact;
  for (const ending of ENDINGS) {
    if (word.length > ending.length + 2 && word.endsWith(ending)) {
      const stem = words.get(word.slice(0, -ending.length));
      if (stem) return stem;
    }
  }
  return null;
}

/** The concepts of a compound (« wijzigingsaangifte », « arbeitgeberkonto »), or null when a part is unknown. */
function conceptsOfCompound(word: string, words: Map<string, Concept>, depth = 0): Concept[] | null {
  const whole = conceptOfWord(word, words);
  if (whole) return [whole];
  if (depth > 2) return null;
  for (let i = 3; i <= word.length - 3; i += 1) {
    const head = word.slice(0, i);
    const headConcept =
      conceptOfWord(head, words) ??
      (head.endsWith(LINK) ? words.get(head.slice(0, -LINK.length)) : undefined);
    if (!headConcept) continue;
    const rest = conceptsOfCompound(word.slice(i), words, depth + 1);
    if (rest) return [headConcept, ...rest];
  }
  return null;
}

/** The concepts a caption names, or null when one of its words is neither a concept nor filler. */
export function conceptsOf(text: string, ofIsFiller = false): Set<Concept> | null {
  const { words } = getTables();
  const list = tokens(text);
  const concepts = new Set<Concept>();
  for (let i = 0; i < list.length; i += 1) {
    const word = list[i] as string;
    if (FILLER_WORDS.has(word) || (ofIsFiller && word === 'of')) continue;
    let found = conceptsOfCompound(word, words);
    // « e-Box »: a letter cut from its word by a hyphen.
    const next = list[i + 1];
    if (!found && next !== undefined) {
      const joined = conceptsOfCompound(word + next, words);
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
  const concepts = conceptsOf(text, ofIsFiller);
  if (!concepts || concepts.size === 0) return null;
  return getTables().rights.get(key(concepts)) ?? null;
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
