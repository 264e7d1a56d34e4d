import type { LocaleTexts } from '../../../../src/engine/procedure/schema.ts';
import type { RightId } from '../../../../src/shared/profile.ts';

// Test corpus, not engine data: the engine reads rights by concept (src/engine/procedure/right-concepts.ts).
/** Every wording of a right met so far (old, official, familiar), in the four languages: each must read as its right. */
export const RIGHT_WORDINGS = {
  // Asked by the firm.
  'consultation-factures': {
    fr: ['Consultation Factures', 'Consultation des factures', 'Factures consultation'],
    nl: [
      'Raadpleging Facturen',
      'Raadpleging van de facturen',
      'Raadplegen facturen',
      'Consultatie facturen',
    ],
    de: [
      'Einsichtnahme Rechnungen',
      'Einsichtnahme in die Rechnungen',
      'Einsicht Rechnungen',
      'Rechnungen einsehen',
    ],
    en: ['Invoices consultation', 'Consultation of invoices', 'View invoices'],
  },
  'dmfa-modification': {
    fr: [
      'Déclaration de modification DmfA',
      "Modification d'une déclaration-ONSS (DMFA)",
      'Modification DmfA',
      'DmfA via web : Modifier',
      'Modification de la DmfA',
    ],
    nl: [
      'Wijziging van een RSZ-aangifte (DMFA)',
      'Wijzigingsaangifte DmfA',
      'Aangifte van wijziging DmfA',
      'DmfA via web: Wijzigen',
      'Wijziging DmfA',
    ],
    de: [
      'Änderung einer LSS-Erklärung (DMFA)',
      'Änderungserklärung DmfA',
      'DmfA über Web: Ändern',
      'Änderung DmfA',
    ],
    en: ['Modification of an NSSO declaration (DMFA)', 'DmfA modification declaration', 'DmfA modification'],
  },
  'dimona-declaration': {
    fr: [
      'Déclaration Dimona',
      "Déclaration immédiate de l'emploi",
      "Déclaration immédiate de l'emploi (Dimona)",
    ],
    nl: ['Dimona-aangifte', 'Aangifte Dimona', 'Onmiddellijke aangifte van tewerkstelling'],
    de: ['Dimona-Erklärung', 'Erklärung Dimona', 'Dimona-Meldung', 'Sofortige Beschäftigungserklärung'],
    en: ['Dimona declaration', 'Dimona notification', 'Immediate declaration of employment'],
  },
  ecaro: {
    fr: ['Ecaro', 'Externe Consultatie A055 RVA ONEM', 'Consultation externe A055 ONEM'],
    nl: ['Ecaro', 'Externe Consultatie A055 RVA ONEM', 'Externe consultatie A055 RVA'],
    de: ['Ecaro', 'Externe Einsichtnahme A055 LfA', 'Externe Konsultation A055 LfA'],
    en: ['Ecaro', 'External consultation A055 NEO'],
  },
  // Confusable rights the firm does NOT ask for: known here so that a wrong tick can be reported.
  'dmfa-declaration': {
    fr: ['Déclaration DmfA', 'Déclaration-ONSS (DMFA)', 'Déclaration ONSS (DmfA)', 'DmfA via web : Déclarer'],
    nl: ['Aangifte DmfA', 'DmfA-aangifte', 'RSZ-aangifte (DMFA)', 'DmfA via web: Aangeven'],
    de: ['DmfA-Erklärung', 'Erklärung DmfA', 'LSS-Erklärung (DMFA)'],
    en: ['DmfA declaration', 'NSSO declaration (DMFA)'],
  },
  'dmfa-consultation': {
    fr: [
      'Consultation DmfA',
      'Consultation des déclarations DmfA',
      "Consultation d'une déclaration-ONSS (DMFA)",
    ],
    nl: [
      'Raadpleging DmfA',
      'Consultatie DmfA',
      'Raadplegen DmfA',
      'Raadpleging van een RSZ-aangifte (DMFA)',
    ],
    de: ['Einsichtnahme DmfA', 'Einsicht DmfA', 'Konsultation DmfA', 'Einsicht in eine LSS-Erklärung (DMFA)'],
    en: ['DmfA consultation', 'Consultation of an NSSO declaration (DMFA)'],
  },
  'dimona-consultation': {
    fr: ['Consultation Dimona', 'Consultation DIMONA', 'Dimona : consultation'],
    nl: ['Raadpleging Dimona', 'Consultatie Dimona', 'Dimona raadplegen'],
    de: ['Einsichtnahme Dimona', 'Einsicht Dimona', 'Konsultation Dimona'],
    en: ['Dimona consultation'],
  },
  'dmfa-attestations': {
    fr: ['Attestations DmfA'],
    nl: ['Attesten DmfA'],
    de: ['Bescheinigungen DmfA'],
    en: ['DmfA certificates'],
  },
  'employer-account-consultation': {
    fr: ['Consultation du compte employeur'],
    nl: ['Raadpleging van de werkgeversrekening'],
    de: ['Einsichtnahme in das Arbeitgeberkonto'],
    en: ['Employer account consultation'],
  },
  'employer-repertory-consultation': {
    fr: ['Consultation du répertoire des employeurs'],
    nl: ['Raadpleging van het werkgeversrepertorium'],
    de: ['Einsichtnahme in das Arbeitgeberverzeichnis'],
    en: ['Employer directory consultation'],
  },
  'ebox-enterprise': {
    fr: ['e-Box Entreprise'],
    nl: ['e-Box Onderneming'],
    de: ['e-Box Unternehmen'],
    en: ['eBox Enterprise'],
  },
  chaman: {
    fr: ['Chaman — chômage temporaire', 'Chaman'],
    nl: ['Chaman — tijdelijke werkloosheid'],
    de: ['Chaman — zeitweilige Arbeitslosigkeit'],
    en: ['Chaman — temporary unemployment'],
  },
  'social-risks-declaration': {
    fr: ['Déclaration des risques sociaux (DRS)', 'Déclaration de risque social'],
    nl: ['Aangifte sociale risico’s (ASR)'],
    de: ['Erklärung sozialer Risiken (ESR)'],
    en: ['Declaration of social risks'],
  },
  limosa: { fr: ['Limosa', 'Déclaration Limosa'], nl: ['Limosa'], de: ['Limosa'], en: ['Limosa'] },
  'works-declaration-30bis': {
    fr: ['Déclaration de travaux (30bis)'],
    nl: ['Aangifte van werken (30bis)'],
    de: ['Meldung von Arbeiten (30bis)'],
    en: ['Declaration of works (30bis)'],
  },
  capelo: { fr: ['Capelo'], nl: ['Capelo'], de: ['Capelo'], en: ['Capelo'] },
  'annual-holidays': {
    fr: ['Vacances annuelles'],
    nl: ['Jaarlijkse vakantie'],
    de: ['Jahresurlaub'],
    en: ['Annual holidays'],
  },
  'mandate-management': {
    fr: ['Gestion des mandats'],
    nl: ['Mandatenbeheer'],
    de: ['Mandatsverwaltung'],
    en: ['Mandate management'],
  },
} satisfies Record<RightId, LocaleTexts>;
