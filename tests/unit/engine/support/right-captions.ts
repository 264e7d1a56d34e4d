import type { Concept } from '../../../../src/engine/procedure/right-concepts.ts';

// A caption generator for access rights, written independently of the engine's word table: surface words as a
// portal would print them (accents, capitals, plurals), then shuffled order, filler words, case, accents, hyphens,
// compounds (Dutch, German) and domain prefixes. Deterministic for a seed.

export const CAPTION_LANGS = ['fr', 'nl', 'de', 'en'] as const;
export type CaptionLang = (typeof CAPTION_LANGS)[number];

const SHARED = {
  dmfa: ['DmfA', 'DMFA', 'Dmfa'],
  dimona: ['Dimona', 'DIMONA'],
  ecaro: ['Ecaro', 'eCaro', 'ECARO'],
  a055: ['A055'],
  ebox: ['e-Box', 'eBox'],
  chaman: ['Chaman'],
  limosa: ['Limosa', 'LIMOSA'],
  art30bis: ['30bis'],
  capelo: ['Capelo'],
} satisfies Partial<Record<Concept, string[]>>;

type Words = Omit<Record<Concept, string[]>, keyof typeof SHARED>;

const FR: Words = {
  modification: ['Modification', 'modification', 'Modifier', 'modifications'],
  declaration: ['Déclaration', 'déclarations', 'Déclarer'],
  consultation: ['Consultation', 'Consulter'],
  invoices: ['Factures', 'facture'],
  immediate: ['immédiate'],
  employment: ['emploi'],
  attestations: ['Attestations', 'attestation'],
  external: ['externe'],
  employer: ['employeur', 'employeurs'],
  account: ['compte'],
  repertory: ['répertoire'],
  enterprise: ['Entreprise'],
  temporary: ['temporaire'],
  unemployment: ['chômage'],
  social: ['sociaux', 'social'],
  risks: ['risques', 'risque'],
  drs: ['DRS'],
  works: ['travaux'],
  annual: ['annuelles'],
  holidays: ['Vacances'],
  mandates: ['mandats'],
  management: ['Gestion'],
};
const NL: Words = {
  modification: ['Wijziging', 'wijzigen', 'wijzigingen'],
  declaration: ['Aangifte', 'aangiften', 'melding'],
  consultation: ['Raadpleging', 'raadplegen', 'Consultatie', 'inzage'],
  invoices: ['Facturen', 'factuur'],
  immediate: ['Onmiddellijke'],
  employment: ['tewerkstelling'],
  attestations: ['Attesten'],
  external: ['Externe'],
  employer: ['werkgevers', 'werkgever'],
  account: ['rekening'],
  repertory: ['repertorium'],
  enterprise: ['Onderneming'],
  temporary: ['tijdelijke'],
  unemployment: ['werkloosheid'],
  social: ['sociale'],
  risks: ['risico’s', 'risico'],
  drs: ['ASR'],
  works: ['werken'],
  annual: ['Jaarlijkse'],
  holidays: ['vakantie'],
  mandates: ['mandaten'],
  management: ['beheer'],
};
const DE: Words = {
  modification: ['Änderung', 'ändern', 'Änderungen'],
  declaration: ['Erklärung', 'Meldung', 'Erklärungen'],
  consultation: ['Einsichtnahme', 'Einsicht', 'Konsultation'],
  invoices: ['Rechnungen', 'Rechnung'],
  immediate: ['Sofortige'],
  employment: ['Beschäftigung'],
  attestations: ['Bescheinigungen'],
  external: ['Externe'],
  employer: ['Arbeitgeber'],
  account: ['Konto'],
  repertory: ['Verzeichnis'],
  enterprise: ['Unternehmen'],
  temporary: ['zeitweilige', 'vorübergehende'],
  unemployment: ['Arbeitslosigkeit'],
  social: ['sozialer', 'soziale'],
  risks: ['Risiken'],
  drs: ['ESR'],
  works: ['Arbeiten'],
  annual: ['Jahres'],
  holidays: ['Urlaub'],
  mandates: ['Mandate'],
  management: ['Verwaltung'],
};
const EN: Words = {
  modification: ['Modification', 'change', 'modify'],
  declaration: ['Declaration', 'declarations', 'notification'],
  consultation: ['Consultation', 'view'],
  invoices: ['Invoices', 'invoice'],
  immediate: ['Immediate'],
  employment: ['employment'],
  attestations: ['Certificates', 'attestations'],
  external: ['External'],
  employer: ['Employer'],
  account: ['account'],
  repertory: ['directory'],
  enterprise: ['Enterprise', 'company'],
  temporary: ['temporary'],
  unemployment: ['unemployment'],
  social: ['social'],
  risks: ['risks'],
  drs: ['DRS'],
  works: ['works'],
  annual: ['Annual'],
  holidays: ['holidays'],
  mandates: ['mandates'],
  management: ['management'],
};

export const SURFACE: Record<CaptionLang, Record<Concept, string[]>> = {
  fr: { ...FR, ...SHARED },
  nl: { ...NL, ...SHARED },
  de: { ...DE, ...SHARED },
  en: { ...EN, ...SHARED },
};

const FILLER: Record<CaptionLang, string[]> = {
  fr: ['de', 'la', 'des', 'du', "d'une", 'le', 'pour', 'via web', 'en ligne'].slice(0, 8),
  nl: ['van', 'de', 'het', 'een', 'voor', 'bij'],
  de: ['der', 'die', 'des', 'einer', 'von', 'für', 'über'],
  en: ['the', 'an', 'for', 'of'],
};
const ORGS: Record<CaptionLang, string[]> = {
  fr: ['ONSS', 'ONEM'],
  nl: ['RSZ', 'RVA'],
  de: ['LSS', 'LfA'],
  en: ['NSSO', 'NEO'],
};
const SEPARATORS = [' - ', ' : ', ' — ', ' – ', ': '];

/** mulberry32: a small seeded generator, so that a failing caption can be replayed from its seed. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const pick = <T>(next: () => number, list: readonly T[]): T =>
  list[Math.floor(next() * list.length)] as T;

/** A caption for this set of concepts in this language; the same seed gives the same caption. */
export function captionOf(concepts: readonly Concept[], lang: CaptionLang, seed: number): string {
  const next = random(seed);
  const words = [...new Set(concepts)].map((c) => pick(next, SURFACE[lang][c]));
  for (let i = words.length - 1; i > 0; i -= 1) {
    const j = Math.floor(next() * (i + 1));
    [words[i], words[j]] = [words[j] as string, words[i] as string];
  }
  const parts: { word: string; filler: boolean }[] = [];
  words.forEach((word, i) => {
    if (i > 0 && next() < 0.35) parts.push({ word: pick(next, FILLER[lang]), filler: true });
    parts.push({ word, filler: false });
  });
  const letters = /^\p{L}+$/u;
  let text = '';
  parts.forEach(({ word: part, filler }, i) => {
    const previous = parts[i - 1];
    if (i === 0) text = part;
    else if (
      (lang === 'nl' || lang === 'de') &&
      next() < 0.2 &&
      !filler &&
      previous &&
      !previous.filler &&
      letters.test(part) &&
      letters.test(previous.word)
    ) {
      // A compound: « Wijzigingsaangifte », « Rechnungeneinsicht ».
      const link = /(?:ung|ing|heit|keit)$/u.test(text) && next() < 0.5 ? 's' : '';
      text += link + part.toLowerCase();
    } else text += next() < 0.2 ? `-${part}` : ` ${part}`;
  });
  const r = next();
  if (r < 0.15) text = `${pick(next, ORGS[lang])}${pick(next, SEPARATORS)}${text}`;
  else if (r < 0.3) text = `${pick(next, words)}${pick(next, SEPARATORS)}${text}`;
  else if (r < 0.4) text = `${text} (${pick(next, ORGS[lang])})`;
  const c = next();
  if (c < 0.15) text = text.toUpperCase();
  else if (c < 0.3) text = text.toLowerCase();
  if (next() < 0.2) text = text.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  if (next() < 0.1) text = `  ${text.replaceAll(' ', '  ')} `;
  return text;
}
