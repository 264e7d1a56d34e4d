import type { Lang, RightId, Wording } from './types.ts';

// The rights page's checkboxes: every right of the employer group (rightId: the engine's catalogue), among them the
// four the firm asks for by default and decoys a careless guide could tick.
// Codes are the values posted by the form. Captions vary with the wording variant; the newer DmfA change caption
// is the official one from PROCEDURE.md.

type Caption = string | { old: string; new: string };

export type RightSection = 'dmfa' | 'dimona' | 'consult' | 'other';

export interface RightDef {
  code: string;
  section: RightSection;
  rightId: RightId;
  caption: Record<Lang, Caption>;
}

export const RIGHTS: readonly RightDef[] = [
  {
    code: 'DMFA_DECL',
    section: 'dmfa',
    rightId: 'dmfa-declaration',
    caption: { fr: 'Déclaration DmfA', nl: 'DmfA-aangifte', de: 'DmfA-Erklärung' },
  },
  {
    code: 'DMFA_MOD',
    section: 'dmfa',
    rightId: 'dmfa-modification',
    caption: {
      fr: { old: 'Déclaration de modification DmfA', new: "Modification d'une déclaration-ONSS (DMFA)" },
      nl: { old: 'Wijzigingsaangifte DmfA', new: 'Wijziging van een RSZ-aangifte (DMFA)' },
      de: { old: 'Änderungserklärung DmfA', new: 'Änderung einer LSS-Erklärung (DMFA)' },
    },
  },
  {
    code: 'DMFA_CONS',
    section: 'dmfa',
    rightId: 'dmfa-consultation',
    caption: { fr: 'Consultation DmfA', nl: 'Raadpleging DmfA', de: 'Einsichtnahme DmfA' },
  },
  {
    code: 'DMFA_ATT',
    section: 'dmfa',
    rightId: 'dmfa-attestations',
    caption: { fr: 'Attestations DmfA', nl: 'Attesten DmfA', de: 'Bescheinigungen DmfA' },
  },
  {
    code: 'DIM_DECL',
    section: 'dimona',
    rightId: 'dimona-declaration',
    caption: {
      fr: { old: 'Déclaration Dimona', new: "Déclaration immédiate de l'emploi (Dimona)" },
      nl: { old: 'Dimona-aangifte', new: 'Onmiddellijke aangifte van tewerkstelling (Dimona)' },
      de: { old: 'Dimona-Erklärung', new: 'Sofortige Beschäftigungserklärung (Dimona)' },
    },
  },
  {
    code: 'DIM_CONS',
    section: 'dimona',
    rightId: 'dimona-consultation',
    caption: { fr: 'Consultation Dimona', nl: 'Raadpleging Dimona', de: 'Einsichtnahme Dimona' },
  },
  {
    code: 'FACT_CONS',
    section: 'consult',
    rightId: 'consultation-factures',
    caption: {
      fr: { old: 'Consultation Factures', new: 'Consultation des factures' },
      nl: { old: 'Raadpleging Facturen', new: 'Raadpleging van de facturen' },
      de: { old: 'Einsichtnahme Rechnungen', new: 'Einsichtnahme in die Rechnungen' },
    },
  },
  {
    code: 'ACC_CONS',
    section: 'consult',
    rightId: 'employer-account-consultation',
    caption: {
      fr: 'Consultation du compte employeur',
      nl: 'Raadpleging van de werkgeversrekening',
      de: 'Einsichtnahme in das Arbeitgeberkonto',
    },
  },
  {
    code: 'ECARO',
    section: 'consult',
    rightId: 'ecaro',
    caption: {
      fr: { old: 'Ecaro', new: 'Ecaro — Consultation externe A055 ONEM' },
      nl: { old: 'Ecaro', new: 'Ecaro — Externe Consultatie A055 RVA' },
      de: { old: 'Ecaro', new: 'Ecaro — Externe Einsichtnahme A055 LfA' },
    },
  },
  {
    code: 'REP_CONS',
    section: 'consult',
    rightId: 'employer-repertory-consultation',
    caption: {
      fr: 'Consultation du répertoire des employeurs',
      nl: 'Raadpleging van het werkgeversrepertorium',
      de: 'Einsichtnahme in das Arbeitgeberverzeichnis',
    },
  },
  {
    code: 'EBOX',
    section: 'other',
    rightId: 'ebox-enterprise',
    caption: { fr: 'e-Box Entreprise', nl: 'e-Box Onderneming', de: 'e-Box Unternehmen' },
  },
  {
    code: 'CHAMAN',
    section: 'other',
    rightId: 'chaman',
    caption: {
      fr: 'Chaman — chômage temporaire',
      nl: 'Chaman — tijdelijke werkloosheid',
      de: 'Chaman — zeitweilige Arbeitslosigkeit',
    },
  },
  {
    code: 'DRS',
    section: 'other',
    rightId: 'social-risks-declaration',
    caption: {
      fr: 'Déclaration des risques sociaux (DRS)',
      nl: 'Aangifte sociale risico’s (ASR)',
      de: 'Erklärung sozialer Risiken (ESR)',
    },
  },
  {
    code: 'LIMOSA',
    section: 'other',
    rightId: 'limosa',
    caption: { fr: 'Limosa', nl: 'Limosa', de: 'Limosa' },
  },
  {
    code: 'W30BIS',
    section: 'other',
    rightId: 'works-declaration-30bis',
    caption: {
      fr: 'Déclaration de travaux (30bis)',
      nl: 'Aangifte van werken (30bis)',
      de: 'Meldung von Arbeiten (30bis)',
    },
  },
  {
    code: 'CAPELO',
    section: 'other',
    rightId: 'capelo',
    caption: { fr: 'Capelo', nl: 'Capelo', de: 'Capelo' },
  },
  {
    code: 'HOLIDAY',
    section: 'other',
    rightId: 'annual-holidays',
    caption: { fr: 'Vacances annuelles', nl: 'Jaarlijkse vakantie', de: 'Jahresurlaub' },
  },
  {
    code: 'MANDATE',
    section: 'other',
    rightId: 'mandate-management',
    caption: { fr: 'Gestion des mandats', nl: 'Mandatenbeheer', de: 'Mandatsverwaltung' },
  },
];

export function rightCaption(def: RightDef, lang: Lang, wording: Wording): string {
  const c = def.caption[lang];
  return typeof c === 'string' ? c : c[wording];
}

export function rightByCode(code: string): RightDef | undefined {
  return RIGHTS.find((r) => r.code === code);
}

export function rightById(id: RightId): RightDef {
  const def = RIGHTS.find((r) => r.rightId === id);
  if (!def) throw new Error(`no checkbox for right ${id}`);
  return def;
}
