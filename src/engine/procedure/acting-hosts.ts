import type { Action } from './schema.ts';

// Where the guide may write into the page. It fills the NISS and ticks rights on the portal only: the federal
// log-in (idp.iamfas…) and the company register (kbopub…) are pointed at, never written into, whatever a step's
// page looks like there. CSAM (csam.be) would only ever take the enterprise number, which the guide points at and
// does not fill: it is in no list below.

const PORTAL = 'www.socialsecurity.be';

export const ACTING_HOSTS: Readonly<Record<'fill-niss' | 'tick-rights', readonly string[]>> = {
  'fill-niss': [PORTAL],
  'tick-rights': [PORTAL],
};

/** The step's action on this host: a fill or tick becomes a mere pointer off the hosts where it may happen. */
export function actionOnHost(action: Action, hostname: string): Action {
  if (action !== 'fill-niss' && action !== 'tick-rights') return action;
  return ACTING_HOSTS[action].includes(hostname.toLowerCase()) ? action : 'point';
}
