import { type CaptionLang, pick, random } from './right-captions.ts';

// A label generator for the NISS field, written independently of the engine's word table (src/engine/procedure/
// niss-concepts.ts): how a form may name the national number of the user being added (the identifier, its
// abbreviation or both, with or without « of the (new) user »), and fields that must never be taken for it: the
// person's OWN number (CSAM's legal representative), the legal representative's, a search box, the enterprise and
// employer numbers. Then case, accents, punctuation and a required-field star. Deterministic for a seed.

/** The identifier as forms write it; {n} is replaced by the abbreviation of the language. */
const IDENTIFIERS: Record<CaptionLang, string[]> = {
  fr: [
    '{n}',
    'Numéro {n}',
    'Numéro national',
    'Numéro de registre national',
    'Numéro du registre national',
    "Numéro d'identification",
    "Numéro d'identification de la sécurité sociale",
    'Numéro de registre national ou BIS',
  ],
  nl: [
    '{n}',
    '{n}-nummer',
    '{n} nummer',
    'Nationaal nummer',
    'Rijksregisternummer',
    'Rijksregister nummer',
    'Nummer van het rijksregister',
    'Identificatienummer',
    'Identificatienummer van de sociale zekerheid',
    'Rijksregister- of BIS-nummer',
  ],
  de: [
    '{n}',
    '{n}-Nummer',
    'Nationalnummer',
    'Nationale Nummer',
    'Nationalregisternummer',
    'Nationalregister-Nummer',
    'Nummer im Nationalregister',
    'Identifikationsnummer',
    'Erkennungsnummer',
    'Erkennungsnummer der sozialen Sicherheit',
    'Identifikationsnummer der sozialen Sicherheit',
  ],
  en: [
    '{n}',
    '{n} number',
    'National number',
    'National register number',
    'Number in the national register',
    'Identification number',
    'Social security identification number',
  ],
};

const ABBREVIATIONS: Record<CaptionLang, string[]> = {
  fr: ['NISS', 'INSS', 'NISS/BIS'],
  nl: ['INSZ', 'NISS'],
  de: ['ENSS', 'INSZ', 'NISS'],
  en: ['NISS', 'SSIN', 'INSZ'],
};

/** Whose number: nobody said, the user, the new user. */
const QUALIFIERS: Record<CaptionLang, string[]> = {
  fr: ['', " de l'utilisateur", ' du nouvel utilisateur', ' pour le nouvel utilisateur'],
  nl: ['', ' van de gebruiker', ' van de nieuwe gebruiker', ' voor de nieuwe gebruiker'],
  de: ['', ' des Benutzers', ' des neuen Benutzers', ' für den neuen Benutzer'],
  en: ['', ' of the user', ' of the new user', ' for the new user'],
};

/** Labels of other fields built on the same words: never the NISS field of the user being added. */
const CONFUSABLES: Record<CaptionLang, string[]> = {
  fr: [
    'Votre {id}',
    'Mon {id}',
    '{id} du représentant légal',
    'Rechercher un {n}',
    'Recherche par {id}',
    "Numéro d'entreprise",
    'Numéro BCE',
    "Numéro d'employeur ONSS",
    'Numéro de TVA',
    'Numéro de téléphone',
    'Numéro de compte',
  ],
  nl: [
    'Uw {id}',
    'Mijn {id}',
    '{id} van de wettelijke vertegenwoordiger',
    'Zoeken op {n}',
    'Zoek {id}',
    'Ondernemingsnummer',
    'KBO-nummer',
    'RSZ-werkgeversnummer',
    'BTW-nummer',
    'Telefoonnummer',
    'Rekeningnummer',
  ],
  de: [
    'Ihre {id}',
    'Meine {id}',
    '{id} des gesetzlichen Vertreters',
    'Suche {n}',
    'Unternehmensnummer',
    'Arbeitgebernummer',
    'Telefonnummer',
    'Kontonummer',
  ],
  en: [
    'Your {id}',
    'My {id}',
    '{id} of the legal representative',
    'Search {n}',
    'Search by {id}',
    'Enterprise number',
    'Company number',
    'Employer number',
    'VAT number',
    'Phone number',
    'Account number',
  ],
};

/** An identifier, the abbreviation added beside it in some forms (« Numéro national (NISS) »). */
function identifier(lang: CaptionLang, next: () => number): string {
  const n = pick(next, ABBREVIATIONS[lang]);
  const base = pick(next, IDENTIFIERS[lang]).replace('{n}', n);
  if (base === n || next() < 0.6) return base;
  return pick(next, [`${base} (${n})`, `${n} / ${base}`, `${base} – ${n}`]);
}

/** Case, accents, a colon or the star of a required field. */
function dress(label: string, next: () => number): string {
  let text = label;
  const r = next();
  if (r < 0.15) text = text.toUpperCase();
  else if (r < 0.3) text = text.toLowerCase();
  if (next() < 0.2) text = text.normalize('NFD').replace(/\p{M}/gu, '');
  return `${text}${pick(next, ['', '', ' :', ':', ' *', '*'])}`;
}

/** A label of the NISS field of the user being added. */
export function nissLabel(lang: CaptionLang, seed: number): string {
  const next = random(seed);
  return dress(`${identifier(lang, next)}${pick(next, QUALIFIERS[lang])}`, next);
}

/** A label of another field that shares its words. */
export function confusableLabel(lang: CaptionLang, seed: number): string {
  const next = random(seed);
  const id = identifier(lang, next);
  const template = pick(next, CONFUSABLES[lang]);
  const lowered = /^\{id\}/.test(template) ? id : id.charAt(0).toLowerCase() + id.slice(1);
  return dress(template.replace('{id}', lowered).replace('{n}', pick(next, ABBREVIATIONS[lang])), next);
}
