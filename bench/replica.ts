import { createReplica } from '../replica/app.ts';
import { SERVED_HOSTS } from '../replica/hosts.ts';
import { startHttpsServer } from '../replica/https.ts';
import { createCertificates } from '../replica/tls.ts';
import type { Replica } from './section.ts';

// The replica of the portal served over HTTPS for the real host names, as the end-to-end tests serve it.

export async function startReplica(certDir: string): Promise<Replica> {
  const certs = createCertificates(certDir, SERVED_HOSTS);
  const server = await startHttpsServer({ handler: createReplica(), tls: certs });
  return { server, certs };
}
