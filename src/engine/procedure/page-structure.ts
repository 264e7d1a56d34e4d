import type { StepId } from '../../shared/steps.ts';
import type { PAGE_TEXTS } from './captions.ts';
import type { Structure } from './schema.ts';

// The non-language part of the procedure's pages: the steps each serves, which URLs and page structures hint at
// it. Apart from the steps' structure (structure.ts): the content script's gate needs the pages only.

export interface PageStructure {
  steps: StepId[];
  urlHints: string[];
  structure: Structure[];
  excludeStructure?: Structure[];
}

export const PAGE_STRUCTURE: Record<keyof typeof PAGE_TEXTS, PageStructure> = {
  'employer-info': {
    steps: ['register.start', 'connect.start'],
    urlHints: ['/site_(fr|nl|de|en)/employer/infos/'],
    structure: [],
    excludeStructure: ['logged-in-header', 'password-field'],
  },
  'register-number': {
    steps: ['register.enterprise-number'],
    urlHints: ['regist', 'enregistr', 'enterprise'],
    structure: ['text-field'],
    excludeStructure: ['email-field', 'password-field'],
  },
  'csam-register': {
    steps: ['register.enterprise-number'],
    urlHints: ['csam\\.be/app032/', 'camregistration'],
    structure: ['text-field'],
    excludeStructure: ['password-field', 'many-checkboxes'],
  },
  'register-refused': {
    steps: ['register.not-legal-representative'],
    urlHints: ['refus', 'denied', 'regist'],
    structure: [],
  },
  'register-contact': {
    steps: ['register.contact'],
    urlHints: ['contact', 'regist'],
    structure: ['email-field', 'tel-field'],
  },
  'register-contact-confirm': {
    steps: ['register.contact'],
    urlHints: ['confirm', 'regist'],
    structure: [],
    excludeStructure: ['email-field', 'tel-field'],
  },
  'register-done': { steps: ['register.done'], urlHints: ['done', 'success', 'regist'], structure: [] },
  'login-choice': {
    steps: ['connect.method'],
    urlHints: ['iamfas\\.belgium\\.be', '/fas/', 'login'],
    structure: ['password-field'],
  },
  'company-choice': {
    steps: ['connect.pick-company'],
    urlHints: ['enterprise', 'company', 'select'],
    structure: ['enterprise-numbers'],
  },
  home: { steps: ['connect.all-services'], urlHints: ['home'], structure: ['logged-in-header'] },
  services: { steps: ['grant.access-management'], urlHints: ['services'], structure: ['logged-in-header'] },
  'am-quality': { steps: ['grant.pick-quality'], urlHints: ['umoe', 'quality'], structure: [] },
  'am-groups': { steps: ['grant.employer-onss'], urlHints: ['umoe', 'group'], structure: [] },
  'am-users': {
    steps: ['grant.add-user', 'grant.done'],
    urlHints: ['umoe', 'users'],
    structure: ['niss-numbers'],
  },
  'am-niss': {
    steps: ['grant.niss'],
    urlHints: ['umoe', 'newuser', 'niss'],
    structure: ['text-field'],
    excludeStructure: ['many-checkboxes'],
  },
  'am-rights': {
    steps: ['grant.rights', 'grant.save'],
    urlHints: ['umoe', 'rights'],
    structure: ['many-checkboxes'],
  },
  'am-confirm': { steps: ['grant.confirm'], urlHints: ['umoe', 'confirm'], structure: [] },
  // The KBO/BCE search form: no step of ours (the guide opens the company's page directly).
  'kbo-search': {
    steps: [],
    urlHints: ['kbopub\\.economie\\.fgov\\.be', 'zoeknummerform'],
    structure: ['text-field'],
    excludeStructure: ['enterprise-numbers'],
  },
  'kbo-result': {
    steps: ['register.not-legal-representative'],
    urlHints: ['kbopub\\.economie\\.fgov\\.be'],
    structure: ['enterprise-numbers'],
  },
  // No step: the guide explains that the person must log in again.
  'session-expired': { steps: [], urlHints: ['expired', 'timeout'], structure: [] },
};

/** The pages without their texts, as the gate scores them (evidence.ts reads their phrases by id). */
export const STRUCTURED_PAGES = Object.entries(PAGE_STRUCTURE).map(([id, structure]) => ({
  id,
  ...structure,
}));
