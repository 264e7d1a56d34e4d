import { defaultState, STATE_FIELDS, STATE_VERSION, type State } from './state.ts';

// Reading a stored state never throws: a value that fails its schema is recovered field by field (valid parts
// kept, the rest reset to defaults) and every repair is reported, so the popup can say what happened.

type Raw = Record<string, unknown>;
/** migrations[n] turns a stored state of version n into version n + 1. */
export type Migrations = Readonly<Record<number, (raw: Raw) => Raw>>;
export const MIGRATIONS: Migrations = {};

export interface Loaded {
  state: State;
  problems: string[];
}

const MAX_NOTES = 20;

export function loadState(stored: unknown, now: number, migrations: Migrations = MIGRATIONS): Loaded {
  if (stored === undefined || stored === null) return { state: defaultState(), problems: [] };
  if (typeof stored !== 'object' || Array.isArray(stored)) {
    return withNotes(
      { ...defaultState(), profileUnreadable: true },
      ['stored state was not an object; everything was reset to defaults'],
      now,
    );
  }
  const problems: string[] = [];
  let raw = { ...(stored as Raw) };
  let version = typeof raw.version === 'number' && Number.isInteger(raw.version) ? raw.version : 0;
  if (version > STATE_VERSION) {
    problems.push(
      `stored state has version ${version}, newer than ${STATE_VERSION}; unknown parts were dropped`,
    );
  }
  while (version < STATE_VERSION) {
    const step = migrations[version];
    if (!step) {
      problems.push(`no migration from version ${version}; fields that do not fit were reset`);
      break;
    }
    raw = step(raw);
    version += 1;
  }
  raw.version = STATE_VERSION;

  const state = defaultState() as Record<keyof State, unknown>;
  let profileLost = false;
  for (const key of Object.keys(STATE_FIELDS) as (keyof State)[]) {
    if (!(key in raw)) continue;
    const schema = STATE_FIELDS[key];
    const parsed = schema.safeParse(raw[key]);
    if (parsed.success) {
      state[key] = parsed.data;
      continue;
    }
    const kept = Array.isArray(raw[key]) ? keepValidItems(key, raw[key] as unknown[]) : undefined;
    if (kept) {
      state[key] = kept.items;
      problems.push(
        `${key}: ${kept.dropped} invalid entr${kept.dropped === 1 ? 'y was' : 'ies were'} dropped`,
      );
    } else {
      problems.push(`${key}: invalid (${parsed.error.issues[0]?.message ?? 'schema'}), reset to default`);
      if (key === 'profile') profileLost = true;
    }
  }
  // Stays set until the profile is saved again, whatever the stored flag says.
  if (profileLost) state.profileUnreadable = true;
  return withNotes(state as State, problems, now);
}

/** For list fields, keep the entries that are valid on their own, if the list as a whole then passes. */
function keepValidItems(
  key: keyof State,
  items: unknown[],
): { items: unknown[]; dropped: number } | undefined {
  const schema = STATE_FIELDS[key];
  const valid: unknown[] = [];
  for (const item of items) {
    const one = schema.safeParse([item]);
    if (one.success) valid.push(...(one.data as unknown[]));
  }
  if (valid.length === 0 || !schema.safeParse(valid).success) return undefined;
  return { items: valid, dropped: items.length - valid.length };
}

function withNotes(state: State, problems: string[], now: number): Loaded {
  if (problems.length === 0) return { state, problems };
  const notes = [
    ...state.recoveryNotes,
    ...problems.map((message) => ({ at: now, message: message.slice(0, 500) })),
  ];
  return { state: { ...state, recoveryNotes: notes.slice(-MAX_NOTES) }, problems };
}
