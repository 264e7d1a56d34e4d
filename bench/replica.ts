import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { SERVED_HOSTS } from '../replica/hosts.ts';
import { type RequestHandler, startHttpsServer } from '../replica/https.ts';
import { createCertificates } from '../replica/tls.ts';
import { ROOT } from '../scripts/build.ts';
import { NotMeasured } from './figure.ts';
import type { Replica } from './section.ts';

// The replica of the portal served over HTTPS for the real host names, as the end-to-end tests serve it.

const REPLICA_MODULE = join(ROOT, 'replica/app.ts');

export async function startReplica(certDir: string): Promise<Replica> {
  if (!existsSync(REPLICA_MODULE))
    throw new NotMeasured('the replica (replica/app.ts, createReplica) does not exist yet');
  const { createReplica } = (await import(REPLICA_MODULE)) as { createReplica: () => RequestHandler };
  const certs = createCertificates(certDir, SERVED_HOSTS);
  const server = await startHttpsServer({ handler: createReplica(), tls: certs });
  return { server, certs };
}
