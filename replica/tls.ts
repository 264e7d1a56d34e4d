import { execFileSync } from 'node:child_process';
import { createHash, createPrivateKey, randomBytes, X509Certificate } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

// A throwaway CA and one leaf certificate for the real host names, made with the openssl CLI at test time, so
// the browsers can load https://www.socialsecurity.be/... from 127.0.0.1. Nothing here is trusted system-wide.

export interface Certificates {
  /** PEM of the throwaway CA (for certutil, or for Node clients as `ca`). */
  ca: string;
  /** PEM of the leaf's private key and certificate (for the HTTPS server). */
  key: string;
  cert: string;
  files: { ca: string; key: string; cert: string };
  /** base64 sha256 of the leaf's SubjectPublicKeyInfo, for Chromium's --ignore-certificate-errors-spki-list. */
  spkiHash: string;
  hosts: readonly string[];
}

const DAYS = 30;
/** Regenerate when fewer than this many milliseconds of validity are left. */
const MIN_REMAINING_MS = 24 * 60 * 60 * 1000;

export function createCertificates(dir: string, hosts: readonly string[]): Certificates {
  mkdirSync(dir, { recursive: true });
  const files = { ca: join(dir, 'ca.pem'), key: join(dir, 'leaf.key'), cert: join(dir, 'leaf.pem') };
  // Several processes may share the folder: if one replaced some files while another moved its own in, the
  // set does not check out and is made again.
  for (let attempt = 0; attempt < 3; attempt += 1) {
    const existing = readValid(files, hosts);
    if (existing) return existing;
    generate(dir, files, hosts);
  }
  throw new Error(`createCertificates: the certificates made in ${dir} do not check out`);
}

/** Makes a CA and a leaf for `hosts` in a private folder, then moves them into place. */
function generate(dir: string, files: Certificates['files'], hosts: readonly string[]): void {
  const work = join(dir, `.gen-${process.pid}-${randomBytes(4).toString('hex')}`);
  mkdirSync(work);
  try {
    const openssl = (args: string[]) => execFileSync('openssl', args, { cwd: work, stdio: 'pipe' });
    const ec = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes'];
    openssl(
      ['req', '-x509', ...ec, '-keyout', 'ca.key', '-out', 'ca.pem', '-days', String(DAYS)]
        .concat(['-subj', '/CN=ONSS Access Guide test CA'])
        .concat([
          '-addext',
          'basicConstraints=critical,CA:TRUE',
          '-addext',
          'keyUsage=critical,keyCertSign,cRLSign',
        ]),
    );
    openssl([
      'req',
      ...ec,
      '-keyout',
      'leaf.key',
      '-out',
      'leaf.csr',
      '-subj',
      `/CN=${hosts[0] ?? 'localhost'}`,
    ]);
    writeFileSync(
      join(work, 'leaf.ext'),
      [
        `subjectAltName=${hosts.map((h) => `DNS:${h}`).join(',')}`,
        'basicConstraints=critical,CA:FALSE',
        'keyUsage=critical,digitalSignature',
        'extendedKeyUsage=serverAuth',
        '',
      ].join('\n'),
    );
    openssl(
      ['x509', '-req', '-in', 'leaf.csr', '-CA', 'ca.pem', '-CAkey', 'ca.key', '-CAcreateserial'].concat([
        '-out',
        'leaf.pem',
        '-days',
        String(DAYS),
        '-extfile',
        'leaf.ext',
      ]),
    );
    renameSync(join(work, 'ca.pem'), files.ca);
    renameSync(join(work, 'leaf.key'), files.key);
    renameSync(join(work, 'leaf.pem'), files.cert);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** Reads the files if they exist, belong together, cover every host and stay valid for a while. */
function readValid(files: Certificates['files'], hosts: readonly string[]): Certificates | undefined {
  if (!Object.values(files).every((f) => existsSync(f))) return undefined;
  try {
    const ca = readFileSync(files.ca, 'utf8');
    const key = readFileSync(files.key, 'utf8');
    const cert = readFileSync(files.cert, 'utf8');
    const caCert = new X509Certificate(ca);
    const leaf = new X509Certificate(cert);
    const names = (leaf.subjectAltName ?? '').split(', ');
    const fresh = Date.parse(leaf.validTo) - Date.now() > MIN_REMAINING_MS;
    if (
      !fresh ||
      !leaf.verify(caCert.publicKey) ||
      !leaf.checkPrivateKey(createPrivateKey(key)) ||
      !hosts.every((h) => names.includes(`DNS:${h}`))
    )
      return undefined;
    const spki = leaf.publicKey.export({ type: 'spki', format: 'der' });
    const spkiHash = createHash('sha256').update(spki).digest('base64');
    return { ca, key, cert, files, spkiHash, hosts };
  } catch {
    return undefined;
  }
}
