// `npm start`: installs what is missing (scripts/setup.ts), builds the extension, serves the portal replica at the real
// host names and opens Chromium with the extension on the replica's start page, in a throwaway profile.
// `npm start -- --firefox`: Firefox ESR through `web-ext run` instead (the replica's names reach the local server
// through the test harness's proxy; certutil makes the profile trust the throwaway CA). Without a display, it says
// so and prints the command. The launch flags are the test harness's own (one place).
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { cmd } from 'web-ext';
import { createReplica } from '../replica/app.ts';
import { SERVED_HOSTS } from '../replica/hosts.ts';
import { startHttpsServer } from '../replica/https.ts';
import { type Certificates, createCertificates } from '../replica/tls.ts';
import { CHROMIUM_PATH, chromiumArgs } from '../tests/harness/chromium.ts';
import { FIREFOX_PATH } from '../tests/harness/firefox.ts';
import { pacUrl, startConnectProxy } from '../tests/harness/proxy.ts';
import { buildTarget, ROOT } from './build.ts';
import { ensureSetup } from './setup.ts';

const START_PAGE = 'https://www.socialsecurity.be/__replica/';
const firefox = process.argv.includes('--firefox');
const hasDisplay = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);

ensureSetup(firefox ? 'start-firefox' : 'start');
const dist = await buildTarget(firefox ? 'firefox' : 'chrome');
const certs = createCertificates(join(ROOT, '.tmp/replica-tls'), SERVED_HOSTS);
const server = await startHttpsServer({ handler: createReplica(), port: 0, tls: certs });
mkdirSync(join(ROOT, '.tmp'), { recursive: true });
const profile = mkdtempSync(join(ROOT, '.tmp/start-profile-'));
const cleanups: (() => Promise<unknown> | undefined)[] = [];
console.log(
  `Replica on https://127.0.0.1:${server.port} (as ${SERVED_HOSTS.join(', ')}); extension from ${dist}`,
);

if (firefox) await startFirefox(certs);
else startChromium();

function startChromium(): void {
  const args = [
    `--user-data-dir=${profile}`,
    ...chromiumArgs(dist, { serverPort: server.port, hosts: SERVED_HOSTS, certs }),
  ];
  if (!hasDisplay) {
    noDisplay(`${CHROMIUM_PATH} ${[...args, START_PAGE].map(quote).join(' ')}`);
    return;
  }
  const browser = spawn(CHROMIUM_PATH, [...args, START_PAGE], { stdio: 'inherit' });
  browser.on('exit', () => stop());
}

async function startFirefox({ files }: Certificates): Promise<void> {
  const proxy = await startConnectProxy(SERVED_HOSTS, server.port);
  cleanups.push(() => proxy.close());
  execFileSync('certutil', ['-N', '-d', `sql:${profile}`, '--empty-password']);
  execFileSync('certutil', [
    '-A',
    '-n',
    'onss-replica-ca',
    '-t',
    'C,,',
    '-i',
    files.ca,
    '-d',
    `sql:${profile}`,
  ]);
  const prefs = { 'network.proxy.type': 2, 'network.proxy.autoconfig_url': pacUrl(proxy.port) };
  if (!hasDisplay) {
    const prefArgs = Object.entries(prefs).map(([name, value]) => `--pref=${name}=${value}`);
    noDisplay(
      [
        'npx',
        'web-ext',
        'run',
        `--source-dir=${dist}`,
        `--firefox=${FIREFOX_PATH}`,
        `--firefox-profile=${profile}`,
        '--keep-profile-changes',
        ...prefArgs,
        `--start-url=${START_PAGE}`,
      ]
        .map(quote)
        .join(' '),
    );
    return;
  }
  const runner = await cmd.run(
    {
      sourceDir: dist,
      target: ['firefox-desktop'],
      firefox: FIREFOX_PATH,
      firefoxProfile: profile,
      keepProfileChanges: true,
      pref: prefs,
      startUrl: [START_PAGE],
      noInput: true,
    },
    { shouldExitProgram: false },
  );
  runner.registerCleanup(() => stop());
}

function noDisplay(command: string): void {
  console.log(`No display here, so no browser window. Open it yourself with:\n  ${command}`);
  console.log('Press Ctrl+C to stop the replica.');
}

/** Quotes an argument for a POSIX shell when it needs it. */
function quote(arg: string): string {
  return /^[\w@%+=:,./-]+$/.test(arg) ? arg : `'${arg.replaceAll("'", "'\\''")}'`;
}

function stop(): void {
  Promise.all(cleanups.map((cleanup) => cleanup()))
    .then(() => server.close())
    .finally(() => {
      rmSync(profile, { recursive: true, force: true });
      process.exit(0);
    });
}
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, stop);
