// `npm start`: builds the extension, serves the portal replica at the real host names and opens Chromium with the
// extension on the replica's start page, in a throwaway profile. The flags are the test harness's own (one place).
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { createReplica } from '../replica/app.ts';
import { SERVED_HOSTS } from '../replica/hosts.ts';
import { startHttpsServer } from '../replica/https.ts';
import { createCertificates } from '../replica/tls.ts';
import { CHROMIUM_PATH, chromiumArgs } from '../tests/harness/chromium.ts';
import { buildTarget, ROOT } from './build.ts';

const START_PAGE = 'https://www.socialsecurity.be/__replica/';

const dist = await buildTarget('chrome');
const certs = createCertificates(join(ROOT, '.tmp/replica-tls'), SERVED_HOSTS);
const server = await startHttpsServer({ handler: createReplica(), port: 0, tls: certs });
const profile = mkdtempSync(join(ROOT, '.tmp/start-profile-'));
const args = [
  `--user-data-dir=${profile}`,
  ...chromiumArgs(dist, { serverPort: server.port, hosts: SERVED_HOSTS, certs }),
];

console.log(
  `Replica on https://127.0.0.1:${server.port} (as ${SERVED_HOSTS.join(', ')}); extension from ${dist}`,
);
if (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
  console.log(
    `No display here, so no browser window. Open Chromium yourself with:\n  ${CHROMIUM_PATH} ${args.map(quote).join(' ')} ${START_PAGE}`,
  );
  console.log('Press Ctrl+C to stop the replica.');
} else {
  const browser = spawn(CHROMIUM_PATH, [...args, START_PAGE], { stdio: 'inherit' });
  browser.on('exit', () => stop());
}

/** Quotes an argument for a POSIX shell when it needs it. */
function quote(arg: string): string {
  return /^[\w@%+=:,./-]+$/.test(arg) ? arg : `'${arg.replaceAll("'", "'\\''")}'`;
}

function stop(): void {
  rmSync(profile, { recursive: true, force: true });
  server.close().then(() => process.exit(0));
}
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, stop);
