import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createReplica } from './app.ts';
import { LOOKALIKE_HOST } from './hosts.ts';
import { fieldName } from './render/markup.ts';

// The replica's behaviour over plain HTTP (the HTTPS wrapper is tested with the TLS module): hosts, sessions,
// form posts, redirects and the portal's refusals.

const WWW = 'www.socialsecurity.be';
const IDP = 'idp.iamfas.belgium.be';
const KBO = 'kbopub.economie.fgov.be';

let server: Server;
let port = 0;

beforeAll(async () => {
  server = createServer(createReplica());
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

interface Answer {
  status: number;
  location: string;
  body: string;
}

/** A browser-like client: one cookie per host, follows 303s (including to other hosts) when asked. */
class Client {
  cookies = new Map<string, string>();

  send(
    method: string,
    host: string,
    path: string,
    form?: Record<string, string | string[]>,
  ): Promise<Answer> {
    const body = form
      ? new URLSearchParams(
          Object.entries(form).flatMap(([k, v]) => (Array.isArray(v) ? v.map((x) => [k, x]) : [[k, v]])),
        ).toString()
      : undefined;
    const headers: Record<string, string> = { host };
    const cookie = this.cookies.get(host);
    if (cookie) headers.cookie = cookie;
    if (body !== undefined) headers['content-type'] = 'application/x-www-form-urlencoded';
    return new Promise((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port, method, path, headers }, (res) => {
        const setCookie = res.headers['set-cookie']?.[0];
        if (setCookie) this.cookies.set(host, setCookie.split(';')[0] ?? '');
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          text += chunk;
        });
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, location: String(res.headers.location ?? ''), body: text }),
        );
      });
      req.on('error', reject);
      req.end(body);
    });
  }

  /** Sends, then follows redirects; returns the last answer and its host and path. */
  async follow(
    method: string,
    host: string,
    path: string,
    form?: Record<string, string | string[]>,
  ): Promise<Answer & { host: string; path: string }> {
    let answer = await this.send(method, host, path, form);
    let at = { host, path };
    for (let i = 0; answer.status === 303 && i < 10; i++) {
      const next = new URL(answer.location, `https://${at.host}`);
      at = { host: next.host, path: `${next.pathname}${next.search}` };
      answer = await this.send('GET', at.host, at.path);
    }
    return { ...answer, ...at };
  }

  get(host: string, path: string) {
    return this.follow('GET', host, path);
  }

  post(host: string, path: string, form: Record<string, string | string[]>) {
    return this.follow('POST', host, path, form);
  }

  /** Logs in through the federal login with eID and picks a company. */
  async login(company = '0403170701') {
    const choice = await this.get(WWW, '/app021/portal/login.do');
    expect(choice.host).toBe(IDP);
    const after = await this.post(IDP, '/fas/login/method', { method: 'eid' });
    expect(after.path).toBe('/app021/portal/enterprise.do');
    return this.get(WWW, `/app021/portal/enterprise.do?select=${company}`);
  }
}

describe('replica server', () => {
  it('serves the three hosts and the look-alike, and refuses any other host', async () => {
    const c = new Client();
    expect((await c.get(WWW, '/site_fr/employer/infos/index.htm')).body).toContain('S&#39;enregistrer');
    expect((await c.get(LOOKALIKE_HOST, '/site_fr/employer/infos/index.htm')).body).toContain(
      'S&#39;enregistrer',
    );
    expect((await c.get(IDP, '/fas/login/select')).body).toContain('eID');
    expect((await c.get(KBO, '/kbopub/zoeknummerform.html')).status).toBe(200);
    expect((await c.send('GET', 'example.com', '/')).status).toBe(421);
    expect((await c.get(WWW, '/no/such/page')).status).toBe(404);
  });

  it('takes the language from the information page path', async () => {
    const c = new Client();
    const nl = await c.get(WWW, '/site_nl/employer/infos/index.htm');
    expect(nl.body).toContain('<html lang="nl">');
    expect(nl.body).toContain('Registreren');
  });

  it('logs in through the federal login, lists the companies with their quality, and opens the home page', async () => {
    const c = new Client();
    const home = await c.login();
    expect(home.path).toBe('/app021/portal/home.do');
    expect(home.body).toContain('Boulangerie Dupont SRL');
    expect(home.body).toContain('0403.170.701');
    const choice = await c.get(WWW, '/app021/portal/enterprise.do');
    expect(choice.body).toContain('Utilisateur');
    expect(choice.body).toContain('Gestionnaire d&#39;accès principal');
  });

  it('logs in with username and password without keeping the password', async () => {
    const c = new Client();
    await c.get(WWW, '/app021/portal/login.do');
    const after = await c.post(IDP, '/fas/login/select', { username: 'marie', password: 'secret-123' });
    expect(after.path).toBe('/app021/portal/enterprise.do');
    expect(after.body).not.toContain('secret-123');
  });

  it('sends logged-out visitors to the login, and an expired session to the expiry page', async () => {
    const c = new Client();
    expect((await c.get(WWW, '/app011/umoe/users.do')).host).toBe(IDP);
    await c.login();
    const expired = await c.get(WWW, '/__replica/expire');
    expect(expired.path).toBe('/app021/portal/expired.do');
    expect(expired.body).toContain('Votre session a expiré');
    expect((await c.get(WWW, '/app011/umoe/niss.do')).status).toBe(404);
    expect((await c.get(WWW, '/app011/umoe/newuser.do')).path).toBe('/app021/portal/expired.do');
  });

  it('adds a user with exactly the posted rights, lists them, and refuses the same user twice', async () => {
    const c = new Client();
    await c.login();
    await c.get(WWW, '/app011/umoe/users.do?group=employer');
    const rights = await c.post(WWW, '/app011/umoe/newuser.do', { niss: '70.04.12-436.23' });
    expect(rights.path).toBe('/app011/umoe/rights.do');
    expect(rights.body).toContain('Sophie Lambert');
    const confirm = await c.post(WWW, '/app011/umoe/rights.do', {
      rights: ['FACT_CONS', 'DMFA_MOD', 'DIM_DECL', 'ECARO'],
    });
    expect(confirm.path).toBe('/app011/umoe/confirm.do');
    expect(confirm.body).toContain('Modification d&#39;une déclaration-ONSS (DMFA)');
    expect(confirm.body).not.toContain('>Déclaration DmfA<');
    const list = await c.post(WWW, '/app011/umoe/confirm.do', {});
    expect(list.path).toBe('/app011/umoe/users.do');
    expect(list.body).toContain('70.04.12-436.23');
    expect(list.body).toContain('Sophie Lambert a été ajouté');
    expect((await c.get(WWW, '/app011/umoe/users.do')).body).not.toContain('a été ajouté');
    const twice = await c.post(WWW, '/app011/umoe/newuser.do', { niss: '70041243623' });
    expect(twice.path).toBe('/app011/umoe/newuser.do');
    expect(twice.body).toContain('existe déjà');
  });

  it('keeps users per company and per group', async () => {
    const c = new Client();
    await c.login();
    await c.get(WWW, '/app011/umoe/users.do?group=fse');
    await c.post(WWW, '/app011/umoe/newuser.do', { niss: '82083026729' });
    await c.post(WWW, '/app011/umoe/rights.do', { rights: 'ECARO' });
    expect((await c.post(WWW, '/app011/umoe/confirm.do', {})).body).toContain('82.08.30-267.29');
    expect((await c.get(WWW, '/app011/umoe/users.do?group=employer')).body).not.toContain('82.08.30-267.29');
    const other = new Client();
    await other.login();
    expect((await other.get(WWW, '/app011/umoe/users.do?group=fse')).body).not.toContain('82.08.30-267.29');
  });

  it('refuses an invalid NISS and an unknown one with a message on the page', async () => {
    const c = new Client();
    await c.login();
    const invalid = await c.post(WWW, '/app011/umoe/newuser.do', { niss: '70041243624' });
    expect(invalid.path).toBe('/app011/umoe/newuser.do');
    expect(invalid.body).toContain('n&#39;est pas valide');
    expect(invalid.body).toContain('value="70041243624"');
    const unknown = await c.post(WWW, '/app011/umoe/newuser.do', { niss: '75060105874' });
    expect(unknown.body).toContain('Registre national');
  });

  it('requires at least one right', async () => {
    const c = new Client();
    await c.login();
    await c.post(WWW, '/app011/umoe/newuser.do', { niss: '88112233458' });
    const none = await c.post(WWW, '/app011/umoe/rights.do', {});
    expect(none.path).toBe('/app011/umoe/rights.do');
    expect(none.body).toContain('Cochez au moins un droit');
  });

  it('reads the generated field names of the poor markup', async () => {
    const c = new Client();
    await c.login();
    await c.get(WWW, '/__replica/?markup=poor');
    const rights = await c.post(WWW, '/app011/umoe/newuser.do', {
      [fieldName('poor', 'niss')]: '70041243623',
    });
    expect(rights.path).toBe('/app011/umoe/rights.do');
    const confirm = await c.post(WWW, '/app011/umoe/rights.do', {
      [fieldName('poor', 'rights')]: ['DMFA_DECL'],
    });
    expect(confirm.body).toContain('Déclaration DmfA');
  });

  it('does not let a « utilisateur » manage accesses', async () => {
    const c = new Client();
    await c.login('0812345603');
    const quality = await c.get(WWW, '/app011/umoe/quality.do');
    expect(quality.body).toContain('ne vous permet pas');
    expect((await c.get(WWW, '/app011/umoe/newuser.do')).path).toBe('/app011/umoe/quality.do');
  });

  it('registers a company: number, contact, confirmation, done', async () => {
    const c = new Client();
    const choice = await c.get(WWW, '/app033/registration/start.do');
    expect(choice.host).toBe(IDP);
    const form = await c.post(IDP, '/fas/login/method', { method: 'itsme' });
    expect(form.path).toBe('/app033/registration/enterprise.do');
    const bad = await c.post(WWW, '/app033/registration/enterprise.do', { enterpriseNumber: 'BE0444444497' });
    expect(bad.body).toContain('role="alert"');
    const contact = await c.post(WWW, '/app033/registration/enterprise.do', {
      enterpriseNumber: 'BE 0444.444.496',
    });
    expect(contact.path).toBe('/app033/registration/contact.do');
    expect(contact.body).toContain('Dupont Services SRL');
    const badMail = await c.post(WWW, '/app033/registration/contact.do', {
      email: 'nope',
      phone: '02 555 01 23',
    });
    expect(badMail.body).toContain('e-mail n&#39;est pas valide');
    const confirm = await c.post(WWW, '/app033/registration/contact.do', {
      email: 'marie@example.be',
      phone: '+32 2 555 01 23',
    });
    expect(confirm.path).toBe('/app033/registration/confirm.do');
    expect(confirm.body).toContain('marie@example.be');
    const done = await c.post(WWW, '/app033/registration/confirm.do', {});
    expect(done.path).toBe('/app033/registration/done.do');
    expect(done.body).toContain('Dupont Services SRL');
    expect((await c.get(WWW, '/app021/portal/enterprise.do')).body).toContain('0444.444.496');
  });

  it('refuses the registration of a configured number and links to its KBO page, which lists the representatives', async () => {
    const c = new Client();
    await c.get(WWW, '/app033/registration/start.do');
    await c.post(IDP, '/fas/login/method', { method: 'eid' });
    const refused = await c.post(WWW, '/app033/registration/enterprise.do', {
      enterpriseNumber: '0765.432.146',
    });
    expect(refused.path).toBe('/app033/registration/refused.do');
    expect(refused.body).toContain('représentant légal');
    const link = /href="(https:\/\/kbopub[^"]+)"/.exec(refused.body)?.[1]?.replaceAll('&amp;', '&') ?? '';
    expect(link).toContain('nummer=0765432146');
    const kbo = await c.get(KBO, link.replace(`https://${KBO}`, ''));
    expect(kbo.path).toBe('/kbopub/toonondernemingps.html?ondernemingsnummer=0765432146');
    expect(kbo.body).toContain('Fonctions');
    expect(kbo.body).toContain('Peeters, Anne');
  });

  it('sets the variant per session from query parameters and the start page', async () => {
    const c = new Client();
    const start = await c.get(WWW, '/__replica/?lang=nl&wording=old&markup=poor&timing=late');
    expect(start.body).toContain('nl-old-poor-late');
    const info = await c.get(WWW, '/site_nl/employer/infos/index.htm');
    expect(info.body).toContain('template data-late');
    expect(info.body).not.toContain('id="main"');
    expect((await new Client().get(WWW, '/site_fr/employer/infos/index.htm')).body).toContain('id="main"');
    await c.get(WWW, '/__replica/reset');
    expect((await c.get(WWW, '/__replica/')).body).toContain('fr-new-clean-normal');
  });

  it('emits truth markers only when the session asks', async () => {
    const c = new Client();
    expect((await c.get(WWW, '/site_fr/employer/infos/index.htm')).body).not.toContain('data-replica-truth');
    expect((await c.get(WWW, '/site_fr/employer/infos/index.htm?truth=1')).body).toContain(
      'data-replica-truth="register.start"',
    );
  });

  it('can hide « vers tous les services en ligne » on the first home page after a log-in, until a reload', async () => {
    const c = new Client();
    await c.get(WWW, '/__replica/?homeQuirk=1');
    const first = await c.login();
    expect(first.body).not.toMatch(/vers tous les services en ligne/i);
    expect((await c.get(WWW, '/app021/portal/home.do')).body).toMatch(/vers tous les services en ligne/i);
    expect((await new Client().login()).body).toMatch(/vers tous les services en ligne/i);
  });

  it('frames access management in the iframe variant', async () => {
    const c = new Client();
    await c.login();
    await c.get(WWW, '/__replica/?timing=iframe&truth=1');
    const outer = await c.get(WWW, '/app011/umoe/newuser.do');
    expect(outer.body).toContain('<iframe src="/app011/umoe/newuser.do?frame=1"');
    expect(outer.body).not.toContain('data-replica-truth');
    const next = await c.post(WWW, '/app011/umoe/newuser.do?frame=1', { niss: '70041243623' });
    expect(next.path).toBe('/app011/umoe/rights.do?frame=1');
    expect(next.body).toContain('data-replica-truth="grant.save"');
  });
});
