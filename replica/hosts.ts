import manifest from '../manifest.json';

// The replica answers for the real hosts the extension is allowed on (one list: the manifest's host permissions),
// plus a look-alike host where the extension must do nothing.
export const REPLICA_HOSTS: readonly string[] = manifest.host_permissions.map(
  (pattern) => new URL(pattern).hostname,
);

/** Same name as the portal with another registrable domain: content scripts must not run there. */
export const LOOKALIKE_HOST = 'www.socialsecurity.be.example.net';

/** Every host name the local server (and its certificate) answers for. */
export const SERVED_HOSTS: readonly string[] = [...REPLICA_HOSTS, LOOKALIKE_HOST];
