import { rmSync } from 'node:fs';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { LOOKALIKE_HOST, SERVED_HOSTS } from '../../replica/hosts.ts';
import { type RequestHandler, type RunningServer, startHttpsServer } from '../../replica/https.ts';
import { type Certificates, createCertificates } from '../../replica/tls.ts';
import { saveFailureArtifacts } from './artifacts.ts';
import { launchChromium } from './chromium.ts';
import { launchFirefox } from './firefox.ts';
import { CERT_DIR, RUN_DIR } from './paths.ts';
import { BROWSERS, type BrowserName, type ExtensionBrowser } from './types.ts';

// Per test file: one HTTPS server with the file's handler, and each browser started once, on first use.
// After each test its pages are closed (with a screenshot and console log saved first if it failed).

export { BROWSERS, LOOKALIKE_HOST, SERVED_HOSTS };

export interface E2E {
  /** The running server (after beforeAll). */
  server(): RunningServer;
  certificates(): Certificates;
  /** The browser with the extension loaded, started on first call and shared by the file's tests. */
  browser(name: BrowserName): Promise<ExtensionBrowser>;
}

/** `extensions`: unpacked extensions to load instead of the run's own build, per browser. */
export function useExtensionBrowsers(
  handler: RequestHandler,
  extensions: Partial<Record<BrowserName, () => string>> = {},
): E2E {
  let server: RunningServer | undefined;
  let certs: Certificates | undefined;
  const launching = new Map<BrowserName, Promise<ExtensionBrowser>>();
  const started: ExtensionBrowser[] = [];

  beforeAll(async () => {
    certs = createCertificates(CERT_DIR, SERVED_HOSTS);
    server = await startHttpsServer({ handler, tls: certs });
  });

  afterEach(async (context) => {
    if (context.task.result?.state === 'fail') {
      const name = [context.task.suite?.name, context.task.name].filter(Boolean).join(' ');
      const dir = await saveFailureArtifacts(`${context.task.file.name}-${name}`, started);
      console.error(`[harness] failure artifacts in ${dir}`);
    }
    await Promise.all(started.map((b) => b.closePages()));
  });

  afterAll(async () => {
    const results = await Promise.allSettled([
      ...[...launching.values()].map(async (p) => (await p).close()),
      server?.close(),
    ]);
    rmSync(RUN_DIR, { recursive: true, force: true });
    const failed = results.find((r) => r.status === 'rejected');
    if (failed) throw failed.reason;
  });

  const getServer = () => {
    if (!server) throw new Error('the server starts in beforeAll');
    return server;
  };
  const getCertificates = () => {
    if (!certs) throw new Error('the certificates are made in beforeAll');
    return certs;
  };
  return {
    server: getServer,
    certificates: getCertificates,
    browser(name) {
      let pending = launching.get(name);
      if (!pending) {
        const options = {
          serverPort: getServer().port,
          hosts: SERVED_HOSTS,
          certs: getCertificates(),
          extension: extensions[name]?.(),
        };
        pending = (name === 'chromium' ? launchChromium(options) : launchFirefox(options)).then((b) => {
          started.push(b);
          console.info(`[harness] ${name} with the extension ready in ${b.startupMs} ms`);
          return b;
        });
        launching.set(name, pending);
      }
      return pending;
    },
  };
}
