import { join } from 'node:path';
import { type Browser, chromium } from 'playwright-core';
import { SERVED_HOSTS } from './hosts.ts';
import { type RequestHandler, type RunningServer, startHttpsServer } from './https.ts';
import { createCertificates } from './tls.ts';

// Real Chromium pointed at a replica handler served over HTTPS on 127.0.0.1 under the real host names
// (host-resolver rules and the leaf's SPKI hash, as in ../shared/E2E.md). For the replica's own scripts.

export interface ReplicaBrowser {
  browser: Browser;
  server: RunningServer;
  close(): Promise<void>;
}

export async function openReplicaBrowser(handler: RequestHandler): Promise<ReplicaBrowser> {
  const tls = createCertificates(join(process.cwd(), '.tmp', 'replica-tls'), SERVED_HOSTS);
  const server = await startHttpsServer({ handler, tls });
  const map = SERVED_HOSTS.map((h) => `MAP ${h} 127.0.0.1:${server.port}`);
  const browser = await chromium.launch({
    executablePath: '/usr/lib/chromium/chromium',
    headless: true,
    args: [
      `--host-resolver-rules=${[...map, 'MAP * ~NOTFOUND', 'EXCLUDE 127.0.0.1', 'EXCLUDE localhost'].join(',')}`,
      `--ignore-certificate-errors-spki-list=${tls.spkiHash}`,
      '--disable-quic',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
    ],
  });
  return {
    browser,
    server,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}
