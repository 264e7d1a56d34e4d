import { host_permissions } from '../../manifest.json';

// The procedure's hosts come from the manifest's host permissions: one list, not two. A named import: the bundles
// carry that list, not the whole manifest.
export const PROCEDURE_HOSTS: readonly string[] = host_permissions.map(
  (pattern) => new URL(pattern).hostname,
);

export function isProcedureHost(hostname: string): boolean {
  return PROCEDURE_HOSTS.includes(hostname.toLowerCase());
}

export const PORTAL_HOST = 'www.socialsecurity.be';
export const EMPLOYER_START_URL = 'https://www.socialsecurity.be/site_fr/employer/infos/index.htm';
