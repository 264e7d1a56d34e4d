import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createReplica } from './app.ts';
import { SERVED_HOSTS } from './hosts.ts';
import { startHttpsServer } from './https.ts';
import { createCertificates } from './tls.ts';

// `npm run replica -- --port N`: the replica over HTTPS on 127.0.0.1:N for all its host names.

const { values } = parseArgs({ options: { port: { type: 'string', default: '8443' } } });
const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`Invalid --port ${values.port}`);
  process.exit(2);
}

const dir = join(process.cwd(), '.tmp', 'replica-tls');
const tls = createCertificates(dir, SERVED_HOSTS);
const server = await startHttpsServer({ handler: createReplica(), port, tls });
const rules = [
  ...SERVED_HOSTS.map((h) => `MAP ${h} 127.0.0.1:${server.port}`),
  'MAP * ~NOTFOUND',
  'EXCLUDE localhost',
].join(',');

console.log(`ONSS portal replica on https://127.0.0.1:${server.port} for ${SERVED_HOSTS.join(', ')}

Point Chromium at it (the real names resolve to this server; the certificate is accepted by its key hash):
  /usr/lib/chromium/chromium --user-data-dir=/tmp/replica-profile \\
    --host-resolver-rules="${rules}" \\
    --ignore-certificate-errors-spki-list=${tls.spkiHash} \\
    https://www.socialsecurity.be/__replica/

Start page (variants, reset, session expiry): https://www.socialsecurity.be/__replica/
Throwaway CA (for Firefox/certutil): ${tls.files.ca}
Press Ctrl+C to stop.`);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    server.close().then(() => process.exit(0));
  });
}
