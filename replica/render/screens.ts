import type { Lang, StepId } from './types.ts';

// Every screen of the replica: where it lives and which steps of ../../../shared/PROCEDURE.md it serves.
// Hosts and information-page paths are the real ones; the paths of logged-in applications are not public
// (PROCEDURE.md, "what is not known") and follow the portal's /appNNN/ pattern.

export const PORTAL = 'www.socialsecurity.be';
export const IDP = 'idp.iamfas.belgium.be';
export const KBO = 'kbopub.economie.fgov.be';
export const CSAM = 'csam.be';

export const SCREEN_IDS = [
  'employer-info',
  'register-number',
  'register-not-legal-rep',
  'register-contact',
  'register-contact-confirm',
  'register-done',
  'login-choice',
  'login-method',
  'company-choice',
  'home',
  'services',
  'am-quality',
  'am-groups',
  'am-users',
  'am-niss',
  'am-rights',
  'am-confirm',
  'kbo-search',
  'kbo-result',
  'csam-register',
  'session-expired',
] as const;

export type ScreenId = (typeof SCREEN_IDS)[number];

export interface ScreenInfo {
  id: ScreenId;
  host: string;
  /** Path; `{lang}` is replaced by the page's language. */
  path: string;
  steps: readonly StepId[];
  /** Shows the logged-in header (company name and number). */
  loggedIn: boolean;
  /** Part of the access-management application (framed in the iframe variant). */
  accessManagement: boolean;
}

function screen(
  id: ScreenId,
  host: string,
  path: string,
  steps: readonly StepId[],
  flags: { loggedIn?: boolean; accessManagement?: boolean } = {},
): ScreenInfo {
  return {
    id,
    host,
    path,
    steps,
    loggedIn: flags.loggedIn ?? flags.accessManagement ?? false,
    accessManagement: flags.accessManagement ?? false,
  };
}

export const SCREENS: readonly ScreenInfo[] = [
  screen('employer-info', PORTAL, '/site_{lang}/employer/infos/index.htm', [
    'register.start',
    'connect.start',
  ]),
  screen('register-number', PORTAL, '/app033/registration/enterprise.do', ['register.enterprise-number']),
  screen('register-not-legal-rep', PORTAL, '/app033/registration/refused.do', [
    'register.not-legal-representative',
  ]),
  screen('register-contact', PORTAL, '/app033/registration/contact.do', ['register.contact']),
  screen('register-contact-confirm', PORTAL, '/app033/registration/confirm.do', ['register.contact']),
  screen('register-done', PORTAL, '/app033/registration/done.do', ['register.done']),
  screen('login-choice', IDP, '/fas/login/select', ['connect.method']),
  screen('login-method', IDP, '/fas/login/method', ['connect.method']),
  screen('company-choice', PORTAL, '/app021/portal/enterprise.do', ['connect.pick-company']),
  screen('home', PORTAL, '/app021/portal/home.do', ['connect.all-services'], { loggedIn: true }),
  screen('services', PORTAL, '/app021/portal/services.do', ['grant.access-management'], { loggedIn: true }),
  screen('am-quality', PORTAL, '/app011/umoe/quality.do', ['grant.pick-quality'], { accessManagement: true }),
  screen('am-groups', PORTAL, '/app011/umoe/groups.do', ['grant.employer-onss'], { accessManagement: true }),
  screen('am-users', PORTAL, '/app011/umoe/users.do', ['grant.add-user', 'grant.done'], {
    accessManagement: true,
  }),
  screen('am-niss', PORTAL, '/app011/umoe/newuser.do', ['grant.niss'], { accessManagement: true }),
  screen('am-rights', PORTAL, '/app011/umoe/rights.do', ['grant.rights', 'grant.save'], {
    accessManagement: true,
  }),
  screen('am-confirm', PORTAL, '/app011/umoe/confirm.do', ['grant.confirm'], { accessManagement: true }),
  screen('kbo-search', KBO, '/kbopub/zoeknummerform.html', []),
  screen('kbo-result', KBO, '/kbopub/toonondernemingps.html', ['register.not-legal-representative']),
  // CSAM's public registration of the main access manager (real path; the form is a script framework's page).
  screen('csam-register', CSAM, '/app032/camregistrationpublic/', ['register.enterprise-number']),
  screen('session-expired', PORTAL, '/app021/portal/expired.do', []),
];

export function screenInfo(id: ScreenId): ScreenInfo {
  const info = SCREENS.find((s) => s.id === id);
  if (!info) throw new Error(`unknown screen ${id}`);
  return info;
}

export function screenPath(id: ScreenId, lang: Lang): string {
  return screenInfo(id).path.replace('{lang}', lang);
}

export function screenUrl(id: ScreenId, lang: Lang): string {
  return `https://${screenInfo(id).host}${screenPath(id, lang)}`;
}

/** Server actions that are not screens: they redirect (303) somewhere. */
export const ACTIONS = {
  /** Log-in entry of the information page: starts the federal login. */
  login: { host: PORTAL, path: '/app021/portal/login.do' },
  /** « S'enregistrer »: the registration needs a federal login first. */
  register: { host: PORTAL, path: '/app033/registration/start.do' },
  logout: { host: PORTAL, path: '/app021/portal/logout.do' },
} as const;
