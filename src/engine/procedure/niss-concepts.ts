import { FILLER_WORDS } from './right-concepts.ts';

// The label of the field where the analyst's NISS is typed, by meaning (read as the rights are:
// engine/finder/concepts.ts). A label names that field when its set of concepts is an IDENTIFIER set below, plus
// at most the qualifier of the person being added (« du nouvel utilisateur », « van de nieuwe gebruiker », « des
// neuen Benutzers », « of the new user »). Any other concept makes the label name something else: the person's OWN
// national number (« Votre numéro de registre national », CSAM's form for the legal representative), a search box,
// the enterprise or the employer number. Words are folded (lower case, no accents); inflections and compounds
// (« rijksregisternummer », « Identifikationsnummer ») are derived by the reader.

export const NISS_CONCEPT_WORDS = {
  niss: ['niss', 'insz', 'inss', 'enss', 'ssin', 'rrn', 'bis'],
  number: ['numero', 'nummer', 'number', 'nr'],
  national: ['national', 'nationale', 'nationaal', 'rijks'],
  register: ['registre', 'register'],
  identification: ['identification', 'identificatie', 'identifikation', 'erkennung'],
  social: ['social', 'sociale', 'sozial', 'soziale'],
  security: ['securite', 'zekerheid', 'sicherheit', 'security'],
  user: ['utilisateur', 'gebruiker', 'benutzer', 'user'],
  new: ['nouvel', 'nouveau', 'nouvelle', 'nieuw', 'neu', 'new'],
  // Concepts that name another field: known, so that a label carrying one is read, and refused.
  own: [
    'votre',
    'vos',
    'mon',
    'ma',
    'mes',
    'uw',
    'mijn',
    'ihr',
    'ihre',
    'mein',
    'meine',
    'your',
    'my',
    'own',
    'eigen',
  ],
  representative: [
    'representant',
    'legal',
    'vertegenwoordiger',
    'wettelijk',
    'vertreter',
    'gesetzlich',
    'representative',
    'mandataire',
    'gemachtigde',
  ],
  enterprise: [
    'entreprise',
    'onderneming',
    'unternehmen',
    'enterprise',
    'company',
    'bce',
    'kbo',
    'tva',
    'btw',
    'vat',
  ],
  employer: ['employeur', 'werkgever', 'arbeitgeber', 'employer'],
  search: [
    'rechercher',
    'recherche',
    'zoeken',
    'zoek',
    'suchen',
    'suche',
    'search',
    'filtrer',
    'filteren',
    'filter',
  ],
  phone: ['telephone', 'telefoon', 'telefon', 'phone', 'gsm', 'mobile'],
  account: ['compte', 'rekening', 'konto', 'account', 'iban'],
} as const;

export type NissConcept = keyof typeof NISS_CONCEPT_WORDS;

/** The rights' filler, and « ou / of / oder / or »: « Numéro de registre national ou BIS » names one number. */
export const NISS_FILLER_WORDS: ReadonlySet<string> = new Set([...FILLER_WORDS, 'ou', 'of', 'oder', 'or']);

const WITH_NISS = (set: readonly NissConcept[]) => [set, [...set, 'niss']] as const;

/** The identifier itself, in its names: NISS / INSZ, « numéro national », the national register's number… */
export const NISS_IDENTIFIER_SETS: readonly (readonly NissConcept[])[] = [
  ['niss'],
  ['niss', 'number'],
  ...WITH_NISS(['national', 'number']),
  ...WITH_NISS(['national', 'register', 'number']),
  ...WITH_NISS(['identification', 'number']),
  ...WITH_NISS(['identification', 'number', 'social', 'security']),
];

/** Who the number belongs to, when the label says: the user being added, nobody else. */
export const NISS_QUALIFIER_SETS: readonly (readonly NissConcept[])[] = [[], ['user'], ['new', 'user']];
