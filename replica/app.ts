import type { IncomingMessage, ServerResponse } from 'node:http';
import { LOOKALIKE_HOST } from './hosts.ts';
import { formatEnterpriseNumber, parseEnterpriseNumber, parseNiss } from './render/format.ts';
import { renderScreen } from './render/index.ts';
import { fieldName } from './render/markup.ts';
import { rightByCode } from './render/rights.ts';
import { ACTIONS, CSAM, IDP, KBO, PORTAL, type ScreenId, screenInfo, screenPath } from './render/screens.ts';
import {
  GROUP_IDS,
  type GroupId,
  LANGS,
  type LoginMethod,
  MARKUPS,
  type ScreenData,
  TIMINGS,
  WORDINGS,
} from './render/types.ts';
import { DEFAULT_OPTIONS, type ReplicaOptions } from './server/config.ts';
import { readCookie, readForm, redirect, SESSION_COOKIE, sendHtml, sessionCookie } from './server/http.ts';
import { currentCompany, newSession, type Session, usersKey } from './server/session.ts';
import { notFoundPage, startPage } from './server/start-page.ts';

// The replica's request handler: picks the site by Host header, keeps per-session state in memory and behaves
// like the portal (real form posts, 303 redirects, server-side checks). No authentication: nothing is verified.

export type Handler = (req: IncomingMessage, res: ServerResponse) => void;

interface Request {
  req: IncomingMessage;
  res: ServerResponse;
  url: URL;
  session: Session;
  headers: Record<string, string>;
}

const SITES: Record<string, 'portal' | 'idp' | 'kbo' | 'csam'> = {
  [PORTAL]: 'portal',
  [LOOKALIKE_HOST]: 'portal',
  [IDP]: 'idp',
  [KBO]: 'kbo',
  [CSAM]: 'csam',
};

function pick<T extends string>(values: readonly T[], value: string | null): T | undefined {
  return values.find((v) => v === value);
}

export function createReplica(overrides: Partial<ReplicaOptions> = {}): Handler {
  const options: ReplicaOptions = { ...DEFAULT_OPTIONS, ...overrides };
  const sessions = new Map<string, Session>();

  function data(r: Request, extra: ScreenData = {}): ScreenData {
    const s = r.session;
    const company = currentCompany(s) ?? s.registration.company ?? s.companies[0];
    return {
      truth: s.truth,
      person: options.person,
      companies: s.companies,
      ...(company ? { company } : {}),
      users: company ? (s.users.get(usersKey(company.enterpriseNumber, s.group)) ?? []) : [],
      group: s.group,
      handoff: s.id,
      inFrame: r.url.searchParams.get('frame') === '1',
      ...extra,
    };
  }

  function show(r: Request, screen: ScreenId, extra: ScreenData = {}): void {
    sendHtml(r.res, renderScreen(screen, r.session.variant, data(r, extra)), 200, r.headers);
  }

  /** Redirect within the replica: to a screen or action, on its own host (with the session hand-off if needed). */
  function go(r: Request, target: ScreenId | keyof typeof ACTIONS, query: Record<string, string> = {}): void {
    const dest = target in ACTIONS ? ACTIONS[target as keyof typeof ACTIONS] : screenInfo(target as ScreenId);
    const path = 'id' in dest ? screenPath(dest.id, r.session.variant.lang) : dest.path;
    const q = new URLSearchParams(query);
    const framed =
      'accessManagement' in dest && dest.accessManagement && r.url.searchParams.get('frame') === '1';
    if (framed) q.set('frame', '1');
    const here = r.url.hostname;
    const sameSite = dest.host === here || (dest.host === PORTAL && here === LOOKALIKE_HOST);
    if (!sameSite) q.set('rs', r.session.id);
    const qs = q.toString() ? `?${q}` : '';
    redirect(r.res, sameSite ? `${path}${qs}` : `https://${dest.host}${path}${qs}`, r.headers);
  }

  function field(r: Request, form: URLSearchParams, key: string): string {
    const markup = r.session.variant.markup;
    const other = markup === 'poor' ? 'clean' : 'poor';
    return (form.get(fieldName(markup, key)) ?? form.get(fieldName(other, key)) ?? '').trim();
  }

  function logIn(r: Request) {
    const s = r.session;
    s.loggedIn = true;
    s.expired = false;
    s.homeShown = false;
    if (s.afterLogin === 'register') return go(r, 'register-number');
    if (s.companies.length === 1) {
      s.current = s.companies[0]?.enterpriseNumber ?? null;
      return go(r, 'home');
    }
    return go(r, 'company-choice');
  }

  /** Logged-in pages: without a login, the portal starts one (or says the session expired). */
  function requireLogin(r: Request): boolean {
    if (r.session.loggedIn) return true;
    if (r.session.expired) go(r, 'session-expired');
    else go(r, 'login');
    return false;
  }

  function requireCompany(r: Request): boolean {
    if (!requireLogin(r)) return false;
    if (currentCompany(r.session)) return true;
    go(r, 'company-choice');
    return false;
  }

  async function portal(r: Request): Promise<void> {
    const { url, session: s } = r;
    const path = url.pathname;
    const post = r.req.method === 'POST';
    const form = post ? await readForm(r.req) : new URLSearchParams();

    if (path === '/' || path === '/index.htm') return go(r, 'employer-info');
    const info = /^\/site_(fr|nl|de|en)\/employer\/infos\/index\.htm$/.exec(path);
    if (info) {
      // The English page is not reproduced: it shows the French one.
      s.variant.lang = pick(LANGS, info[1] ?? null) ?? 'fr';
      return show(r, 'employer-info');
    }
    if (path === '/__replica/' || path === '/__replica') {
      return sendHtml(r.res, startPage(s, options), 200, r.headers);
    }
    if (path === '/__replica/reset') {
      const fresh = newSession(options);
      fresh.id = s.id;
      sessions.set(s.id, fresh);
      return redirect(r.res, '/__replica/', r.headers);
    }
    if (path === '/__replica/expire') {
      s.loggedIn = false;
      s.expired = true;
      return go(r, 'home');
    }
    if (path === ACTIONS.login.path) {
      s.afterLogin = 'portal';
      return s.loggedIn ? logIn(r) : go(r, 'login-choice');
    }
    if (path === ACTIONS.register.path) {
      s.afterLogin = 'register';
      s.registration = { company: null, contact: null, refused: null };
      return s.loggedIn ? go(r, 'register-number') : go(r, 'login-choice');
    }
    if (path === ACTIONS.logout.path) {
      s.loggedIn = false;
      s.current = null;
      s.pending = null;
      return go(r, 'employer-info');
    }

    switch (path) {
      case screenPath('register-number', 'fr'): {
        if (!requireLogin(r)) return;
        if (!post) return show(r, 'register-number');
        const raw = field(r, form, 'enterpriseNumber');
        const number = parseEnterpriseNumber(raw);
        if (!number)
          return show(r, 'register-number', { error: 'invalid-number', form: { enterpriseNumber: raw } });
        if (options.refusedNumbers.includes(number)) {
          s.registration.refused = number;
          return go(r, 'register-not-legal-rep');
        }
        const known = s.companies.find((co) => co.enterpriseNumber === number);
        const name = options.kbo[number]?.name ?? formatEnterpriseNumber(number);
        s.registration.company = known ?? { name, enterpriseNumber: number, quality: 'principal' };
        return go(r, 'register-contact');
      }
      case screenPath('register-not-legal-rep', 'fr'):
        if (!requireLogin(r)) return;
        return show(
          r,
          'register-not-legal-rep',
          s.registration.refused ? { refusedNumber: s.registration.refused } : {},
        );
      case screenPath('register-contact', 'fr'): {
        if (!requireLogin(r)) return;
        if (!s.registration.company) return go(r, 'register-number');
        if (!post) return show(r, 'register-contact', { form: s.registration.contact ?? {} });
        const email = field(r, form, 'email');
        const phone = field(r, form, 'phone');
        if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) {
          return show(r, 'register-contact', { error: 'invalid-email', form: { email, phone } });
        }
        if (phone.replace(/[^\d]/g, '').length < 9 || /[^\d\s+./()-]/.test(phone)) {
          return show(r, 'register-contact', { error: 'invalid-phone', form: { email, phone } });
        }
        s.registration.contact = { email, phone };
        return go(r, 'register-contact-confirm');
      }
      case screenPath('register-contact-confirm', 'fr'): {
        if (!requireLogin(r)) return;
        const { company, contact } = s.registration;
        if (!company || !contact) return go(r, 'register-contact');
        if (!post) return show(r, 'register-contact-confirm', { contact });
        if (!s.companies.some((co) => co.enterpriseNumber === company.enterpriseNumber))
          s.companies.push(company);
        s.current = company.enterpriseNumber;
        return go(r, 'register-done');
      }
      case screenPath('register-done', 'fr'):
        if (!requireLogin(r)) return;
        return show(r, 'register-done');
      case screenPath('company-choice', 'fr'): {
        if (!requireLogin(r)) return;
        const select = url.searchParams.get('select');
        const chosen = s.companies.find((co) => co.enterpriseNumber === select);
        if (chosen) {
          s.current = chosen.enterpriseNumber;
          s.pending = null;
          return go(r, 'home');
        }
        return show(r, 'company-choice');
      }
      case screenPath('home', 'fr'): {
        if (!requireCompany(r)) return;
        const firstView = !s.homeShown;
        s.homeShown = true;
        return show(r, 'home', s.homeQuirk && firstView ? { homeWithoutServicesLink: true } : {});
      }
      case screenPath('services', 'fr'): {
        if (!requireCompany(r)) return;
        const service = url.searchParams.get('service');
        return show(r, 'services', service ? { service } : {});
      }
      case screenPath('session-expired', 'fr'):
        return show(r, 'session-expired');
    }
    return accessManagement(r, path, post, form);
  }

  async function accessManagement(
    r: Request,
    path: string,
    post: boolean,
    form: URLSearchParams,
  ): Promise<void> {
    const s = r.session;
    const screen = (
      ['am-quality', 'am-groups', 'am-users', 'am-niss', 'am-rights', 'am-confirm'] as const
    ).find((id) => screenPath(id, 'fr') === path);
    if (!screen) return sendHtml(r.res, notFoundPage(s.variant), 404, r.headers);
    if (!requireCompany(r)) return;
    const company = currentCompany(s);
    if (!company) return;
    // The iframe variant's outer page only frames the application: it must not consume the session's state.
    const outer = s.variant.timing === 'iframe' && r.url.searchParams.get('frame') !== '1';
    if (outer) return show(r, screen);
    if (company.quality === 'user' && screen !== 'am-quality') return go(r, 'am-quality');
    const key = usersKey(company.enterpriseNumber, s.group);
    const users = s.users.get(key) ?? [];

    switch (screen) {
      case 'am-quality':
      case 'am-groups':
        return show(r, screen);
      case 'am-users': {
        const group = pick(GROUP_IDS, r.url.searchParams.get('group'));
        if (group) s.group = group;
        const added = s.added;
        s.added = null;
        return show(r, 'am-users', added ? { added } : {});
      }
      case 'am-niss': {
        if (!post) {
          s.pending = null;
          return show(r, 'am-niss');
        }
        const raw = field(r, form, 'niss');
        const niss = parseNiss(raw);
        if (!niss) return show(r, 'am-niss', { error: 'invalid-niss', form: { niss: raw } });
        const name = options.persons[niss];
        if (!name) return show(r, 'am-niss', { error: 'unknown-niss', form: { niss: raw } });
        if (users.some((u) => u.niss === niss))
          return show(r, 'am-niss', { error: 'already-exists', form: { niss: raw } });
        s.pending = { niss, name, rights: [] };
        return go(r, 'am-rights');
      }
      case 'am-rights': {
        const pending = s.pending;
        if (!pending) return go(r, 'am-niss');
        if (!post) return show(r, 'am-rights', { pending });
        const markup = s.variant.markup;
        const names = [
          fieldName(markup, 'rights'),
          fieldName(markup === 'poor' ? 'clean' : 'poor', 'rights'),
        ];
        const codes = [...new Set(names.flatMap((n) => form.getAll(n)))].filter((code) => rightByCode(code));
        if (codes.length === 0) return show(r, 'am-rights', { pending, error: 'no-rights' });
        pending.rights = codes;
        return go(r, 'am-confirm');
      }
      case 'am-confirm': {
        const pending = s.pending;
        if (!pending || pending.rights.length === 0) return go(r, 'am-niss');
        if (!post) return show(r, 'am-confirm', { pending });
        if (!users.some((u) => u.niss === pending.niss)) s.users.set(key, [...users, pending]);
        s.added = pending;
        s.pending = null;
        return go(r, 'am-users');
      }
    }
  }

  async function idp(r: Request): Promise<void> {
    const path = r.url.pathname;
    const post = r.req.method === 'POST';
    if (path === screenPath('login-choice', 'fr')) {
      if (!post) return show(r, 'login-choice');
      // Username + password: nothing is checked and the body is dropped unread beyond the username's presence.
      const form = await readForm(r.req);
      if (!field(r, form, 'username')) return show(r, 'login-choice');
      return logIn(r);
    }
    if (path === screenPath('login-method', 'fr')) {
      if (post) {
        await readForm(r.req);
        return logIn(r);
      }
      const method: LoginMethod =
        pick(['eid', 'itsme', 'code'] as const, r.url.searchParams.get('method')) ?? 'eid';
      return show(r, 'login-method', { loginMethod: method });
    }
    if (path === '/' || path === '/fas') return go(r, 'login-choice');
    return sendHtml(r.res, notFoundPage(r.session.variant), 404, r.headers);
  }

  function kbo(r: Request) {
    const path = r.url.pathname;
    const number = r.url.searchParams.get('nummer') ?? r.url.searchParams.get('ondernemingsnummer');
    if (path === screenPath('kbo-search', 'fr')) {
      if (number === null) return show(r, 'kbo-search');
      const digits = parseEnterpriseNumber(number);
      if (!digits || !options.kbo[digits]) {
        return show(r, 'kbo-search', { error: 'invalid-number', form: { enterpriseNumber: number } });
      }
      return redirect(r.res, `${screenPath('kbo-result', 'fr')}?ondernemingsnummer=${digits}`, r.headers);
    }
    if (path === screenPath('kbo-result', 'fr')) {
      const digits = number ? parseEnterpriseNumber(number) : null;
      const record = digits ? options.kbo[digits] : undefined;
      if (!digits || !record) return go(r, 'kbo-search');
      return show(r, 'kbo-result', { kbo: { enterpriseNumber: digits, ...record } });
    }
    if (path === '/' || path === '/kbopub/') return go(r, 'kbo-search');
    return sendHtml(r.res, notFoundPage(r.session.variant), 404, r.headers);
  }

  /** CSAM's registration of the main access manager: an invalid enterprise number is refused on the form; a
   *  valid one goes on to the federal log-in (the legal representative proves who they are). */
  async function csam(r: Request): Promise<void> {
    if (r.url.pathname !== screenPath('csam-register', 'fr'))
      return sendHtml(r.res, notFoundPage(r.session.variant), 404, r.headers);
    if (r.req.method !== 'POST') return show(r, 'csam-register');
    const raw = field(r, await readForm(r.req), 'enterpriseNumber');
    if (!parseEnterpriseNumber(raw))
      return show(r, 'csam-register', { error: 'invalid-number', form: { enterpriseNumber: raw } });
    return go(r, 'login-choice');
  }

  /** Query parameters that choose the variant (any page): ?lang=nl&wording=old&markup=poor&timing=late&truth=1&homeQuirk=1 */
  function applyVariant(session: Session, params: URLSearchParams): void {
    const v = session.variant;
    v.lang = pick(LANGS, params.get('lang')) ?? v.lang;
    v.wording = pick(WORDINGS, params.get('wording')) ?? v.wording;
    v.markup = pick(MARKUPS, params.get('markup')) ?? v.markup;
    v.timing = pick(TIMINGS, params.get('timing')) ?? v.timing;
    const truth = params.get('truth');
    if (truth !== null) session.truth = truth === '1';
    const quirk = params.get('homeQuirk');
    if (quirk !== null) session.homeQuirk = quirk === '1';
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '').toLowerCase();
    const site = SITES[host];
    if (!site) {
      res.writeHead(421, { 'content-type': 'text/plain; charset=utf-8' });
      res.end(`The replica does not serve ${host || 'this host'}.\n`);
      return;
    }
    const url = new URL(req.url ?? '/', `https://${host}`);
    if (url.pathname === '/favicon.ico') {
      res.writeHead(204, { 'cache-control': 'max-age=86400' });
      res.end();
      return;
    }
    const handoff = url.searchParams.get('rs');
    if (handoff !== null) {
      // A link from another host: adopt its session on this host, then show the clean URL.
      url.searchParams.delete('rs');
      const headers: Record<string, string> = sessions.has(handoff)
        ? { 'set-cookie': sessionCookie(handoff) }
        : {};
      if (req.method === 'POST') await readForm(req);
      return redirect(res, `${url.pathname}${url.search}`, headers);
    }
    const headers: Record<string, string> = {};
    let session = sessions.get(readCookie(req, SESSION_COOKIE) ?? '');
    if (!session) {
      session = newSession(options);
      sessions.set(session.id, session);
      headers['set-cookie'] = sessionCookie(session.id);
    }
    applyVariant(session, url.searchParams);
    const r: Request = { req, res, url, session, headers };
    if (site === 'idp') return idp(r);
    if (site === 'kbo') return kbo(r);
    if (site === 'csam') return csam(r);
    return portal(r);
  }

  return (req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
      res.end(`Replica error: ${error instanceof Error ? error.message : String(error)}\n`);
    });
  };
}

export type { GroupId, ReplicaOptions };
