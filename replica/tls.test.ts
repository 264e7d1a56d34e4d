import { createHash, createPrivateKey, X509Certificate } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:https';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { LOOKALIKE_HOST, REPLICA_HOSTS, SERVED_HOSTS } from './hosts.ts';
import { startHttpsServer } from './https.ts';
import { createCertificates } from './tls.ts';

// The throwaway certificates and the local HTTPS server the browsers are pointed at.

const base = join(process.cwd(), '.tmp');
const dirs: string[] = [];
const tempDir = () => {
  mkdirSync(base, { recursive: true });
  const dir = mkdtempSync(join(base, 'tls-test-'));
  dirs.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

/** GET https://host/path on the local server, trusting only the test CA and checking the name as a browser does. */
function get(port: number, host: string, ca: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port, servername: host, headers: { host }, ca, path: '/x?y=1', agent: false },
      (res) => {
        let body = '';
        res.on('data', (chunk) => {
          body += chunk;
        });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      },
    );
    req.on('error', reject);
    req.end();
  });
}

describe('hosts', () => {
  it('serves the four hosts of the manifest and a look-alike at another registrable domain', () => {
    expect(REPLICA_HOSTS).toEqual([
      'www.socialsecurity.be',
      'idp.iamfas.belgium.be',
      'kbopub.economie.fgov.be',
      'csam.be',
    ]);
    expect(LOOKALIKE_HOST.endsWith('.example.net')).toBe(true);
    expect(SERVED_HOSTS).toEqual([...REPLICA_HOSTS, LOOKALIKE_HOST]);
  });
});

describe('createCertificates', () => {
  it('makes a CA and a leaf for every host, with the SPKI hash Chromium expects', () => {
    const certs = createCertificates(tempDir(), SERVED_HOSTS);
    const leaf = new X509Certificate(certs.cert);
    expect(leaf.verify(new X509Certificate(certs.ca).publicKey)).toBe(true);
    expect(leaf.subjectAltName?.split(', ').sort()).toEqual(SERVED_HOSTS.map((h) => `DNS:${h}`).sort());
    for (const host of SERVED_HOSTS) expect(leaf.checkHost(host)).toBe(host);
    expect(leaf.checkHost('www.example.com')).toBeUndefined();
    const spki = leaf.publicKey.export({ type: 'spki', format: 'der' });
    expect(certs.spkiHash).toBe(createHash('sha256').update(spki).digest('base64'));
    expect(new X509Certificate(certs.ca).ca).toBe(true);
    expect(leaf.ca).toBe(false);
  });

  it('reuses valid files, and makes new ones when the hosts change or a file is damaged', () => {
    const dir = tempDir();
    const first = createCertificates(dir, SERVED_HOSTS);
    expect(createCertificates(dir, SERVED_HOSTS).cert).toBe(first.cert);
    const more = createCertificates(dir, [...SERVED_HOSTS, 'extra.example.org']);
    expect(more.cert).not.toBe(first.cert);
    expect(new X509Certificate(more.cert).checkHost('extra.example.org')).toBe('extra.example.org');
    writeFileSync(more.files.key, 'not a key');
    const repaired = createCertificates(dir, SERVED_HOSTS);
    expect(repaired.key).not.toBe('not a key');
    expect(new X509Certificate(repaired.cert).checkPrivateKey(createPrivateKey(repaired.key))).toBe(true);
  });
});

describe('startHttpsServer', () => {
  it('answers every served host by name on 127.0.0.1 with the test certificate, then closes', async () => {
    const certs = createCertificates(tempDir(), SERVED_HOSTS);
    const server = await startHttpsServer({
      tls: certs,
      handler: (req, res) => res.end(`${req.headers.host} ${req.url}`),
    });
    expect(server.port).toBeGreaterThan(0);
    expect(server.url('www.socialsecurity.be', '/site_fr/employer/infos/index.htm')).toBe(
      'https://www.socialsecurity.be/site_fr/employer/infos/index.htm',
    );
    for (const host of SERVED_HOSTS) {
      expect(await get(server.port, host, certs.ca)).toEqual({ status: 200, body: `${host} /x?y=1` });
    }
    await expect(get(server.port, 'www.example.com', certs.ca)).rejects.toThrow(/altnames/);
    await server.close();
    await expect(get(server.port, REPLICA_HOSTS[0] ?? '', certs.ca)).rejects.toThrow(/ECONNREFUSED/);
  });
});
