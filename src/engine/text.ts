// Text normalisation shared by recognition and the finder: captions and page texts are compared after the same
// folding (case, accents, apostrophes, punctuation, whitespace), so « S’ENREGISTRER » equals "s'enregistrer".

const COMBINING_MARKS = /[\u0300-\u036f]/g;
const NON_WORD = /[^\p{L}\p{N}]+/gu;

/** Plain ASCII words separated by single spaces: already folded but for the case (most texts of a page). */
const PLAIN = /^[A-Za-z0-9]+(?: [A-Za-z0-9]+)*$/;

export function normalize(text: string): string {
  if (PLAIN.test(text)) return text.toLowerCase();
  return text.normalize('NFD').replace(COMBINING_MARKS, '').toLowerCase().replace(NON_WORD, ' ').trim();
}

export function tokens(text: string): string[] {
  const folded = normalize(text);
  return folded === '' ? [] : folded.split(' ');
}

/** Small words that carry no meaning of their own in captions, in the four languages. */
const STOPWORDS = new Set(
  (
    'a au aux d de des du en et l la le les un une sur par pour vers ' +
    'de het een van en naar op voor aan in te met ' +
    'der die das den dem des ein eine einen und zu zum zur fur auf im mit ' +
    'the an of to and for on in with'
  ).split(' '),
);

/**
 * Words that turn a caption into its opposite or into another action: « Ne pas enregistrer » is not « Enregistrer »,
 * « Supprimer un utilisateur » is not « Utilisateur ».
 */
export const NEGATORS = new Set(
  (
    'ne pas sans annuler supprimer effacer retirer ' +
    'niet geen zonder annuleren verwijderen wissen ' +
    'nicht kein keine ohne abbrechen loschen entfernen ' +
    'not no without cancel delete remove'
  ).split(' '),
);

export function contentTokens(text: string): string[] {
  return tokens(text).filter((t) => !STOPWORDS.has(t));
}

/** Words hidden in an id, name or class: `btnAddUser_2` → add, user. */
export function identifierWords(value: string): string[] {
  return value
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .split(/[^A-Za-z]+/)
    .map((w) => w.toLowerCase())
    .filter((w) => w.length > 1);
}

/** Whether a character code is whitespace as /\s/ has it: a test by code, for loops over every text of a page. */
export function isSpaceCode(c: number): boolean {
  if (c <= 160) return c === 32 || (c >= 9 && c <= 13) || c === 160;
  return (
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** True when `phrase` occurs in `text` as whole words (both already normalised). */
export function containsPhrase(text: string, phrase: string): boolean {
  if (phrase === '') return false;
  return ` ${text} `.includes(` ${phrase} `);
}
