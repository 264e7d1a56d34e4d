import type { StepId } from '../../shared/steps.ts';
import type { TARGET_CAPTIONS, TARGET_CONTEXT } from './captions.ts';
import type { Action, BuiltinMembers, LabelMeaning, Position, Role } from './schema.ts';

type CaptionKey = keyof typeof TARGET_CAPTIONS;
type ContextKey = keyof typeof TARGET_CONTEXT;
type OutcomeError = 'not-legal-representative' | 'invalid-niss' | 'already-exists' | 'session-expired';

// The non-language part of the procedure's steps: what kind of element each target is and what the guide does there.
// Captions: captions.ts; the pages' URLs and structures: page-structure.ts.

/** A target as structure.ts describes it: captions are named by their key in captions.ts. */
export type TargetStructure =
  | {
      kind: 'element';
      captions: CaptionKey;
      context?: ContextKey;
      roles: Role[];
      words: string[];
      position?: Position;
      meaning?: LabelMeaning;
    }
  | { kind: 'region'; members: BuiltinMembers; min: number }
  | { kind: 'region'; members: { captions: CaptionKey; roles: Role[] }; min: number }
  | { kind: 'section'; captions: CaptionKey }
  | { kind: 'message'; outcome: OutcomeError }
  | { kind: 'company'; roles: Role[] };

export interface StepStructure {
  action: Action;
  /** Tried in order; empty when there is nothing on the page to point at. */
  targets: TargetStructure[];
}

const LINK_OR_BUTTON: Role[] = ['link', 'button', 'menuitem', 'tab', 'clickable'];
const BUTTON: Role[] = ['button', 'link', 'clickable'];
const FIELD: Role[] = ['textbox', 'spinbutton', 'combobox'];

export const STEP_STRUCTURE: Record<StepId, StepStructure> = {
  'prepare.credentials': { action: 'none', targets: [] },
  'prepare.eid-software': { action: 'none', targets: [] },
  'register.start': {
    action: 'point',
    targets: [
      {
        kind: 'element',
        captions: 'register.start',
        roles: LINK_OR_BUTTON,
        words: ['register', 'registration', 'enregistrer', 'registreren', 'signup'],
      },
    ],
  },
  'register.enterprise-number': {
    action: 'point',
    targets: [
      {
        kind: 'element',
        captions: 'register.enterprise-number',
        roles: FIELD,
        words: ['enterprise', 'company', 'vat', 'tva', 'btw', 'kbo', 'bce', 'number', 'ondernemingsnummer'],
      },
    ],
  },
  'register.not-legal-representative': {
    action: 'none',
    targets: [
      // On the portal: the refusal message. On the KBO/BCE page: the rubric listing the legal representatives.
      { kind: 'message', outcome: 'not-legal-representative' },
      { kind: 'section', captions: 'register.not-legal-representative:functions' },
    ],
  },
  'register.contact': {
    action: 'point',
    targets: [
      {
        kind: 'element',
        captions: 'register.contact',
        roles: FIELD,
        words: ['email', 'mail', 'courriel', 'contact'],
      },
      {
        kind: 'element',
        captions: 'register.contact:confirm',
        roles: BUTTON,
        words: ['confirm', 'submit', 'ok'],
      },
    ],
  },
  'register.done': {
    action: 'point',
    targets: [
      {
        kind: 'element',
        captions: 'register.done',
        roles: LINK_OR_BUTTON,
        words: ['home', 'accueil', 'start', 'back'],
      },
    ],
  },
  'connect.start': {
    action: 'point',
    targets: [
      {
        kind: 'element',
        captions: 'connect.start',
        roles: LINK_OR_BUTTON,
        words: ['login', 'log', 'signin', 'connect', 'connexion', 'aanmelden'],
      },
    ],
  },
  'connect.method': {
    action: 'point',
    targets: [
      // The whole choice (eID/itsme left, codes right), then, once a way is chosen, the button that starts it.
      {
        kind: 'region',
        members: { captions: 'connect.method:options', roles: [...LINK_OR_BUTTON, ...FIELD] },
        min: 2,
      },
      {
        kind: 'element',
        captions: 'connect.method:sign-in',
        roles: BUTTON,
        words: ['login', 'signin', 'submit'],
      },
    ],
  },
  'connect.pick-company': {
    action: 'point',
    // The company being worked on when known; otherwise the list of companies.
    targets: [
      { kind: 'company', roles: [...LINK_OR_BUTTON, 'row', 'radio', 'option'] },
      { kind: 'region', members: 'enterprise-numbers', min: 1 },
    ],
  },
  'connect.all-services': {
    action: 'point',
    targets: [
      {
        kind: 'element',
        captions: 'connect.all-services',
        roles: LINK_OR_BUTTON,
        words: ['services', 'all', 'online'],
      },
    ],
  },
  'grant.access-management': {
    action: 'point',
    targets: [
      {
        kind: 'element',
        captions: 'grant.access-management',
        context: 'grant.access-management',
        roles: LINK_OR_BUTTON,
        words: ['access', 'management', 'umoe', 'acces', 'toegang'],
        // « le 7ème service » of the left column, in the firm's instructions.
        position: {
          index: 7,
          containerWords: ['left', 'column', 'col', 'services', 'menu', 'nav', 'sidebar'],
        },
      },
    ],
  },
  'grant.pick-quality': {
    action: 'point',
    targets: [
      {
        kind: 'element',
        captions: 'grant.pick-quality',
        roles: [...LINK_OR_BUTTON, 'row'],
        words: ['quality', 'qualite', 'role', 'capacity', 'active'],
        // « la première ligne bleue en gras ».
        position: { index: 1, containerWords: ['quality', 'qualities', 'roles', 'list'] },
      },
    ],
  },
  'grant.employer-onss': {
    action: 'point',
    targets: [
      {
        kind: 'element',
        captions: 'grant.employer-onss',
        context: 'grant.employer-onss',
        roles: [...LINK_OR_BUTTON, 'row'],
        words: ['group', 'employer', 'onss', 'rsz'],
      },
    ],
  },
  'grant.add-user': {
    action: 'point',
    targets: [
      {
        kind: 'element',
        captions: 'grant.add-user',
        roles: LINK_OR_BUTTON,
        words: ['add', 'user', 'new', 'create', 'ajouter'],
      },
    ],
  },
  'grant.niss': {
    action: 'fill-niss',
    targets: [
      {
        kind: 'element',
        captions: 'grant.niss',
        context: 'grant.niss',
        roles: FIELD,
        words: ['niss', 'inss', 'insz', 'ssin', 'enss', 'rrn', 'national'],
        meaning: 'niss-field',
      },
    ],
  },
  'grant.rights': {
    action: 'tick-rights',
    targets: [{ kind: 'region', members: 'rights', min: 2 }],
  },
  'grant.save': {
    action: 'point',
    targets: [
      {
        kind: 'element',
        captions: 'grant.save',
        roles: BUTTON,
        words: ['save', 'submit', 'enregistrer', 'opslaan'],
      },
    ],
  },
  'grant.confirm': {
    action: 'point',
    targets: [
      {
        kind: 'element',
        captions: 'grant.confirm',
        roles: BUTTON,
        words: ['confirm', 'submit', 'ok', 'bevestigen'],
      },
    ],
  },
  // The list of users.
  'grant.done': {
    action: 'none',
    targets: [{ kind: 'region', members: 'niss-numbers', min: 1 }],
  },
  'notify.email': { action: 'none', targets: [] },
  'notify.help': { action: 'none', targets: [] },
};

/** What the planner may point at besides a step's own targets, keyed « step:detail ». */
export const OTHER_TARGETS = {
  // A « utilisateur » role cannot grant access: back to the company choice, from any logged-in page's header.
  'connect.pick-company:change': {
    kind: 'element',
    captions: 'connect.pick-company:change',
    roles: LINK_OR_BUTTON,
    words: ['change', 'switch', 'company', 'enterprise', 'entreprise', 'onderneming', 'unternehmen'],
  },
} satisfies Record<string, TargetStructure>;

export type OtherTargetId = keyof typeof OTHER_TARGETS;
