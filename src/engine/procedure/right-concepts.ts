import type { RightId } from '../../shared/profile.ts';

// Access rights by meaning. A caption is read as a SET of concepts (each word of it, in French, Dutch, German or
// English, names one concept or is filler); a caption names a right only when its set EQUALS one of the right's sets.
// So « Déclaration DmfA » ({declaration, dmfa}) and « Consultation DmfA » ({consultation, dmfa}) can never be the
// DmfA change right ({modification, declaration, dmfa} or {modification, dmfa}), whatever the word order, the
// articles, the hyphens or the compounds (« Wijzigingsaangifte », « Änderungserklärung »). A word the table does not
// know makes the caption name nothing: the guide abstains rather than guess.
//
// Words are written folded (lower case, no accents), in the forms the portal's languages use; plural and compound
// forms are derived by the reader (engine/finder/right-concepts.ts), irregular ones are listed.

export const CONCEPT_WORDS = {
  modification: [
    'modification',
    'modifier',
    'modifiee',
    'wijziging',
    'wijzigen',
    'wijzigings',
    'anderung',
    'andern',
    'anderungs',
    'modify',
    'change',
  ],
  declaration: [
    'declaration',
    'declarer',
    'aangifte',
    'aangiften',
    'aangeven',
    'aangifteplichtige',
    'erklarung',
    'meldung',
    'melding',
    'notification',
    'declare',
  ],
  consultation: [
    'consultation',
    'consulter',
    'raadpleging',
    'raadplegen',
    'consultatie',
    'inzage',
    'einsichtnahme',
    'einsicht',
    'einsehen',
    'konsultation',
    'view',
  ],
  invoices: ['facture', 'factuur', 'facturen', 'rechnung', 'invoice'],
  dmfa: ['dmfa'],
  dimona: ['dimona'],
  immediate: ['immediate', 'onmiddellijke', 'onmiddellijk', 'sofortige', 'sofort'],
  employment: ['emploi', 'tewerkstelling', 'beschaftigung', 'beschaftigungs', 'employment'],
  attestations: ['attestation', 'attest', 'attesten', 'bescheinigung', 'certificate'],
  ecaro: ['ecaro'],
  external: ['externe', 'extern', 'external'],
  a055: ['a055'],
  employer: ['employeur', 'werkgever', 'werkgevers', 'arbeitgeber', 'employer'],
  account: ['compte', 'rekening', 'konto', 'account'],
  repertory: ['repertoire', 'repertorium', 'verzeichnis', 'directory'],
  ebox: ['ebox'],
  enterprise: ['entreprise', 'onderneming', 'unternehmen', 'enterprise', 'company'],
  chaman: ['chaman'],
  temporary: ['temporaire', 'tijdelijke', 'tijdelijk', 'zeitweilige', 'vorubergehende', 'temporary'],
  unemployment: ['chomage', 'werkloosheid', 'arbeitslosigkeit', 'unemployment'],
  social: ['sociaux', 'social', 'sociale', 'sociales', 'sozial', 'soziale', 'sozialer', 'sozialen'],
  risks: ['risque', 'risico', 'risicos', 'risiko', 'risiken', 'risk'],
  drs: ['drs', 'asr', 'esr', 'dsr'],
  limosa: ['limosa'],
  works: ['travaux', 'werken', 'arbeiten', 'works'],
  art30bis: ['30bis'],
  capelo: ['capelo'],
  annual: ['annuelle', 'annuelles', 'annuel', 'jaarlijkse', 'jaarlijks', 'jahres', 'annual'],
  holidays: ['vacances', 'vacance', 'vakantie', 'urlaub', 'holiday'],
  mandates: ['mandat', 'mandaat', 'mandaten', 'mandate'],
  management: ['gestion', 'beheer', 'verwaltung', 'management'],
} as const;

export type Concept = keyof typeof CONCEPT_WORDS;

/**
 * Words that carry no concept: articles, prepositions and the like in the four languages (never « et », « en »,
 * « und », « and »: a caption that joins two names is read part by part), « via web », and the names of the
 * organisations (ONSS / RSZ / LSS / NSSO, ONEM / RVA / LfA / NEO) that prefix a caption without changing it.
 */
export const FILLER_WORDS = new Set(
  (
    'a au aux d de des du l la le les un une sur par pour via web s ' +
    'de het een van naar op voor aan in te met bij ' +
    'der die das den dem des ein eine einer eines einem einen zu zum zur fur uber auf im in mit von ' +
    'the an to for on in with by ' +
    'onss rsz lss nsso onem rva lfa neo'
  ).split(' '),
);

/** Each right as the exact concept sets that name it (its official name, its familiar ones). */
export const RIGHT_CONCEPTS: Record<RightId, readonly (readonly Concept[])[]> = {
  'consultation-factures': [['consultation', 'invoices']],
  'dmfa-modification': [
    ['modification', 'declaration', 'dmfa'],
    ['modification', 'dmfa'],
  ],
  'dimona-declaration': [
    ['declaration', 'dimona'],
    ['declaration', 'immediate', 'employment'],
    ['declaration', 'immediate', 'employment', 'dimona'],
  ],
  ecaro: [['ecaro'], ['external', 'consultation', 'a055'], ['ecaro', 'external', 'consultation', 'a055']],
  'dmfa-declaration': [['declaration', 'dmfa']],
  'dmfa-consultation': [
    ['consultation', 'dmfa'],
    ['consultation', 'declaration', 'dmfa'],
  ],
  'dmfa-attestations': [['attestations', 'dmfa']],
  'dimona-consultation': [['consultation', 'dimona']],
  'employer-account-consultation': [['consultation', 'employer', 'account']],
  'employer-repertory-consultation': [['consultation', 'employer', 'repertory']],
  'ebox-enterprise': [['ebox', 'enterprise']],
  chaman: [['chaman'], ['chaman', 'temporary', 'unemployment']],
  'social-risks-declaration': [
    ['declaration', 'social', 'risks'],
    ['declaration', 'social', 'risks', 'drs'],
  ],
  limosa: [['limosa'], ['declaration', 'limosa']],
  'works-declaration-30bis': [
    ['declaration', 'works', 'art30bis'],
    ['declaration', 'works'],
  ],
  capelo: [['capelo']],
  'annual-holidays': [['annual', 'holidays']],
  'mandate-management': [['mandates', 'management']],
};
