import type { Analyst, Profile, RightId } from '../shared/profile.ts';

// What importing a profile file would change, for the options page to show before anything is replaced: a profile
// decides who receives access to the client's company, so the analysts' names and NISS are shown, not only counted.
// Pure: the page renders it, the tests check it.

export interface TextChange {
  /** Null when the current profile could not be read. */
  from: string | null;
  to: string;
}

export interface ProfileChanges {
  firmName: TextChange | null;
  firmEmail: TextChange | null;
  teamviewerUrl: TextChange | null;
  /** Analysts of the file whose NISS is not in the current profile: they would receive access. */
  analystsAdded: Analyst[];
  /** Analysts of the current profile whose NISS is not in the file: they would no longer receive access. */
  analystsRemoved: Analyst[];
  /** Same NISS, another name. */
  analystsRenamed: { niss: string; from: string; to: string }[];
  rightsAdded: RightId[];
  rightsRemoved: RightId[];
  /** Nothing would change. */
  same: boolean;
  /** The current profile could not be read: the file is compared with nothing, every analyst and right is new. */
  unreadable: boolean;
}

const textChange = (from: string, to: string): TextChange | null => (from === to ? null : { from, to });

/**
 * `current` is 'unreadable' when the stored profile failed its schema: the defaults that stand in for it are no one's
 * choice, so the file is not compared with them (no analyst « removed » who was never the firm's).
 */
export function profileChanges(current: Profile | 'unreadable', incoming: Profile): ProfileChanges {
  if (current === 'unreadable')
    return {
      firmName: { from: null, to: incoming.firmName },
      firmEmail: { from: null, to: incoming.firmEmail },
      teamviewerUrl: { from: null, to: incoming.teamviewerUrl },
      analystsAdded: incoming.analysts,
      analystsRemoved: [],
      analystsRenamed: [],
      rightsAdded: incoming.rights,
      rightsRemoved: [],
      same: false,
      unreadable: true,
    };
  const currentNiss = new Map(current.analysts.map((analyst) => [analyst.niss, analyst]));
  const incomingNiss = new Map(incoming.analysts.map((analyst) => [analyst.niss, analyst]));
  const changes = {
    firmName: textChange(current.firmName, incoming.firmName),
    firmEmail: textChange(current.firmEmail, incoming.firmEmail),
    teamviewerUrl: textChange(current.teamviewerUrl, incoming.teamviewerUrl),
    analystsAdded: incoming.analysts.filter((analyst) => !currentNiss.has(analyst.niss)),
    analystsRemoved: current.analysts.filter((analyst) => !incomingNiss.has(analyst.niss)),
    analystsRenamed: incoming.analysts.flatMap((analyst) => {
      const before = currentNiss.get(analyst.niss);
      return before && before.name !== analyst.name
        ? [{ niss: analyst.niss, from: before.name, to: analyst.name }]
        : [];
    }),
    rightsAdded: incoming.rights.filter((right) => !current.rights.includes(right)),
    rightsRemoved: current.rights.filter((right) => !incoming.rights.includes(right)),
  };
  const same =
    !changes.firmName &&
    !changes.firmEmail &&
    !changes.teamviewerUrl &&
    changes.analystsAdded.length === 0 &&
    changes.analystsRemoved.length === 0 &&
    changes.analystsRenamed.length === 0 &&
    changes.rightsAdded.length === 0 &&
    changes.rightsRemoved.length === 0 &&
    // The order of the analysts is the order in which they are added on the portal.
    current.analysts.map((a) => a.niss).join() === incoming.analysts.map((a) => a.niss).join();
  return { ...changes, same, unreadable: false };
}
