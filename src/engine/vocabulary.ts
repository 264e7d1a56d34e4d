import { OUTCOME_TEXTS, QUALITY_TEXTS, TARGET_CAPTIONS, TARGET_CONTEXT } from './procedure/captions.ts';
import { COMPANY_HEADER_PHRASES, LOGOUT_PHRASES, PAGE_PHRASES } from './procedure/page-phrases.ts';
import { CONCEPT_WORDS } from './procedure/right-concepts.ts';
import { normalize, tokens } from './text.ts';

// The procedure's own vocabulary: every word of every caption, heading, phrase and message the engine knows, in
// the four languages. What leaves the browser (the problem report, exported corrections) keeps these words and
// masks every other word and every digit: a person's or a company's name, a NISS or an enterprise number is not
// a caption of the portal.

function collect(value: unknown, into: Set<string>): void {
  if (typeof value === 'string') for (const word of tokens(value)) into.add(word);
  else if (Array.isArray(value)) for (const item of value) collect(item, into);
  else if (value && typeof value === 'object') for (const item of Object.values(value)) collect(item, into);
}

/** Words of the portal's ordinary controls that no step targets (a report shows them to explain a page). */
const CONTROL_WORDS =
  'annuler fermer retour precedent suivant rechercher recherche exporter liste modifier supprimer valider oui non ' +
  'menu aide accueil imprimer telecharger ' +
  'annuleren sluiten terug vorige volgende zoeken exporteren lijst wijzigen verwijderen bevestigen ja nee ' +
  'afdrukken downloaden ' +
  'abbrechen schliessen zuruck weiter suchen exportieren liste andern loschen bestatigen nein drucken ' +
  'cancel close back previous next search export list edit delete confirm yes no print download help home';

let vocabulary: ReadonlySet<string> | null = null;

export function procedureVocabulary(): ReadonlySet<string> {
  if (!vocabulary) {
    const words = new Set<string>();
    for (const texts of [
      TARGET_CAPTIONS,
      TARGET_CONTEXT,
      // The pages' captions as recognition has them, normalised: the same words.
      PAGE_PHRASES,
      CONCEPT_WORDS,
      OUTCOME_TEXTS,
      QUALITY_TEXTS,
      COMPANY_HEADER_PHRASES,
      LOGOUT_PHRASES,
    ])
      collect(texts, words);
    collect(CONTROL_WORDS, words);
    // Digits are masked on their own; a number in a caption is no reason to keep one.
    for (const word of words) if (/\d/.test(word)) words.delete(word);
    vocabulary = words;
  }
  return vocabulary;
}

export const MASK = '…';

/** Whether a word (as on the page) is procedure vocabulary. */
export function isVocabulary(word: string): boolean {
  const known = procedureVocabulary();
  const parts = tokens(word);
  return parts.length > 0 && parts.every((part) => known.has(part));
}

/**
 * The text with e-mail addresses removed, every digit masked (#) and every word that is not procedure vocabulary
 * replaced by one mask per run of such words. Punctuation and spacing are kept: the shape stays readable.
 */
export function maskFreeText(text: string): string {
  return text
    .replace(/[^\s@]+@[^\s@]+/g, ' \u0000 ')
    .replace(/\p{N}/gu, '#')
    .replace(/[\p{L}\p{M}][\p{L}\p{M}'’]*/gu, (word) => (isVocabulary(word) ? word : MASK))
    .replace(new RegExp(`${MASK}(?:[\\s,.'’&()/-]*${MASK})+`, 'g'), MASK)
    .replaceAll('\u0000', '[e-mail]')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Only the words of `words` that are procedure vocabulary (normalised), in order. */
export function vocabularyWords(words: readonly string[]): string[] {
  const known = procedureVocabulary();
  return words.map(normalize).filter((w) => known.has(w));
}

/**
 * The words of `text` that look like a name of a person or a company (normalised): a capitalised or all-capitals
 * word that is not procedure vocabulary, unless it is a lone first word (« Inviter un collaborateur »).
 */
export function properNameWords(text: string): Set<string> {
  const words = [...text.matchAll(/[\p{L}][\p{L}\p{M}'’-]*/gu)].map((m) => m[0]);
  const looksNamed = (word: string) => /^\p{Lu}/u.test(word) && !isVocabulary(word);
  const found = new Set<string>();
  words.forEach((word, i) => {
    if (!looksNamed(word)) return;
    const allCaps = word.length > 1 && word === word.toUpperCase();
    const next = words[i + 1];
    if (i > 0 || allCaps || (next !== undefined && looksNamed(next)))
      for (const t of tokens(word)) found.add(t);
  });
  return found;
}
