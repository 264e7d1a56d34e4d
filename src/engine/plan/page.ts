import { formatNiss } from '../../shared/identifiers/niss.ts';
import type { GuideContext, RegistrationSeen } from '../../shared/messages.ts';
import type { RightId } from '../../shared/profile.ts';
import type { CompanyRef } from '../../shared/state.ts';
import { isStepId } from '../../shared/steps.ts';
import { t } from '../../shared/template.ts';
import type { Outcome } from '../outcomes.ts';
import type { Action } from '../procedure/schema.ts';
import { registrationSeen } from '../registration.ts';
import { keyOf, type NoteSpec, outcomeNotes, reasonNotes, rightName } from './notes.ts';
import { planConfirm, planRights, WRONG_RIGHT } from './rights.ts';

// The page planner: from what one pass read on the page (the step the background chose, the page's outcome, the
// rights boxes, the confirmation list, as plain facts and opaque handles H) it decides, without a DOM, where to
// point, what to tick and flag, which progress facts to record, and the card's title, notes and buttons. The
// content script carries the plan out (src/content/features/*) and decides nothing.

/** What the page tells about progress; the content script sends each once per page (its key). */
export type ProgressFact =
  | { key: string; kind: 'analyst'; company: string; niss: string; status: 'granted' | 'already-user' }
  | { key: string; kind: 'registration'; seen: RegistrationSeen };

export interface RightsView<H> {
  boxes: readonly { right: RightId; handle: H; checked: boolean; touched: boolean }[];
  missing: readonly RightId[];
  /** Ticked boxes of rights outside the profile, in page order. */
  wrong: readonly H[];
}

export interface PageView<H> {
  /** The steps the page serves (recognised once for this change). */
  steps: readonly string[];
  /** The background's answer for those steps (its stepId is the one decision of progress.nextStep). */
  context: GuideContext;
  /** What the procedure does at context.stepId on this host (the procedure data's own type). */
  action: Action;
  outcome: Outcome;
  /** The company the page's header names (logged in for it), if any. */
  header: CompanyRef | null;
  onKbo: boolean;
  /** On a tick-rights step: the boxes found. */
  rights?: RightsView<H>;
  /** On grant.confirm: the page's list items naming rights (catalogue id or null). */
  listed?: readonly { handle: H; text: string; right: string | null }[];
  /** Whether teach mode is available (a teach port), and whether a learned set exists to export. */
  teaching: boolean;
}

export type ButtonId = 'done' | 'skip' | 'teach' | 'report' | 'export';

/** The target as found on the page: its caption as the page shows it, and which of the step's targets it is. */
export interface Shown {
  caption: string | null;
  target?: number;
}

/** The card's words once the target was looked for. */
export interface CardWords {
  title: string;
  /** What to look for in words: said when the target is not found (null: found, nothing to find, or the page is
   *  still loading). */
  lookFor: string | null;
  buttons: ButtonId[];
}

/** Where a step's later target means another situation: the page that confirms the contact details, the eID (or
 *  itsme) page once the key was chosen. Keyed by step, then by the index of the target found. */
const SITUATIONS: Readonly<Record<string, Readonly<Record<number, string>>>> = {
  'register.contact': { 1: 'registerContactConfirm' },
  'connect.method': { 1: 'connectMethodChosen' },
};

/** Logged in with the « utilisateur » role, which grants nothing: back to the company choice (the header's link). */
const CHANGE_COMPANY = 'connect.pick-company:change';

export interface Plan<H> {
  /** The step whose target the content finds and marks (null: point at nothing). */
  pointAt: string | null;
  /** A handle to point at instead of finding one (a look-alike right ticked: untick it first). */
  pointHandle: H | null;
  /** Fill the NISS into the target (fill-niss steps): what to fill. */
  fill: { niss: string; shown: string; name: string; status: string } | null;
  tick: RightId[];
  flag: { handle: H; reason: string }[];
  facts: ProgressFact[];
  /** Notes known before the target is looked for (reasons, outcome, confirmation). */
  notes: NoteSpec[];
  /** The title, what to look for and the buttons, from what was found (null: nothing) and whether the page says it
   *  is still loading (it then waits instead of saying it cannot find the element or offering to teach it). */
  words: (found: Shown | null, busy: boolean) => CardWords;
}

export function planPage<H>(view: PageView<H>): Plan<H> {
  const { context } = view;
  const { strings, stepId } = context;
  const { facts, granted, refused } = progressFacts(view);
  const notes: NoteSpec[] = [
    ...reasonNotes(strings, stepId),
    ...outcomeNotes(strings, {
      outcome: view.outcome,
      enterpriseDigits: refused,
      granted,
      done: context.done,
      total: context.total,
      niss: context.analyst?.niss ?? null,
    }),
  ];
  let pointAt: string | null = stepId;
  let pointHandle: H | null = null;
  // The confirmation lists a wrong or lacks a right (« Modifier » first), or the background halted the guide (the
  // profile cannot be read): nothing is pointed at, filled or ticked, and the card says so.
  let blocked = false;
  let tick: RightId[] = [];
  let flag: { handle: H; reason: string }[] = [];
  const halted = context.halt !== null;
  // Until the firm's managed settings are read (an unsettled context, followed at once by the settled one), the
  // rights wanted and the analyst to add may not be the ones in force: point, but fill, tick and judge nothing.
  const acting = !halted && context.settled;
  if (halted) {
    // The background says the guide must not act: no fill, no tick, no target; the card says why.
    notes.unshift({ tone: 'error', text: context.halt ?? '' });
    blocked = true;
    pointAt = null;
  } else if (acting && view.action === 'tick-rights' && view.rights) {
    const rights = view.rights;
    const plan = planRights({
      wanted: context.profile.rights,
      boxes: rights.boxes,
      missing: rights.missing,
      wrongTicked: rights.wrong.length,
    });
    tick = plan.tick;
    flag = plan.flag.flatMap((i) =>
      rights.wrong[i] ? [{ handle: rights.wrong[i], reason: WRONG_RIGHT }] : [],
    );
    if (plan.target.kind === 'untick') pointHandle = rights.wrong[plan.target.index] ?? null;
    // Once the rights are exactly right, the next thing to do is « Enregistrer »: point there.
    else if (plan.complete && view.steps.includes('grant.save')) pointAt = 'grant.save';
  } else if (acting && stepId === 'grant.confirm' && view.listed) {
    const listed = view.listed;
    const plan = planConfirm({ wanted: context.profile.rights, listed: listed.map((item) => item.right) });
    if (plan.read && !plan.ok) {
      blocked = true;
      pointAt = null;
      for (const index of plan.flag) {
        const item = listed[index];
        if (!item) continue;
        notes.push({ tone: 'error', text: t(strings, 'hint_confirmWrong', item.text) });
        flag.push({ handle: item.handle, reason: WRONG_RIGHT });
      }
      if (plan.missing.length > 0)
        notes.push({
          tone: 'error',
          text: t(
            strings,
            'hint_confirmMissing',
            plan.missing.map((right) => `« ${rightName(strings, right)} »`).join(', '),
          ),
        });
    }
  }
  // A « utilisateur » role grants nothing: point at « Changer d'entreprise » in the header, not onward (on the
  // company choice itself the role is the row's, and the company to pick is pointed at).
  if (!blocked && view.outcome.quality === 'user' && view.header && stepId !== 'connect.pick-company')
    pointAt = CHANGE_COMPANY;
  // A first visit (no company registered yet): the employer page's « S'enregistrer » comes before logging in.
  if (stepId === 'connect.start' && view.steps.includes('register.start') && !context.registered)
    notes.push({ tone: 'info', text: t(strings, 'hint_firstVisit') });
  if (pointHandle !== null) pointAt = null;
  const analyst = context.analyst;
  const fill =
    view.action === 'fill-niss' && analyst && acting
      ? { niss: analyst.niss, shown: formatNiss(analyst.niss), name: analyst.name, status: analyst.status }
      : null;
  const shownStep = pointAt ?? stepId;
  const key = keyOf(shownStep);
  // The refusal's second page is the public company search, where the legal representatives are listed.
  const onKbo = shownStep === 'register.not-legal-representative' && view.onKbo;
  const words = (found: Shown | null, busy: boolean): CardWords => {
    const situation = found?.target === undefined ? undefined : SITUATIONS[shownStep]?.[found.target];
    const shownKey = situation ?? key;
    // The caption quoted as the page shows it; the procedure's name for it when nothing was found.
    const name = found?.caption ?? t(strings, `hint_name_${shownKey}`);
    const instruction = t(strings, onKbo ? 'hint_kboFunctions' : `hint_${shownKey}`, name);
    const lost = !found && view.action !== 'none' && !blocked;
    const waiting = lost && busy;
    return {
      // Recognised page, target not found: say in words what to look for, and never point at a guess.
      title: blocked
        ? t(strings, 'hint_confirmFix')
        : waiting
          ? t(strings, 'hint_loading')
          : lost
            ? t(strings, 'hint_notFound')
            : instruction,
      lookFor: lost && !waiting ? t(strings, `step_${key}`) || instruction : null,
      buttons: buttonsOf(view, shownStep, waiting),
    };
  };
  return {
    pointAt,
    pointHandle,
    fill,
    tick,
    flag,
    facts,
    notes,
    words,
  };
}

/** « Autres options »: « C'est fait », skip (grant steps, an analyst and a company known), teach (a step's target,
 *  not while the page is loading), report, export. */
function buttonsOf<H>(view: PageView<H>, stepId: string, waiting: boolean): ButtonId[] {
  const { context } = view;
  const buttons: ButtonId[] = ['done'];
  if (stepId.startsWith('grant.') && context.analyst && context.company) buttons.push('skip');
  if (view.teaching && isStepId(stepId) && !waiting) buttons.push('teach');
  buttons.push('report');
  if (view.teaching && context.learned.length > 0) buttons.push('export');
  return buttons;
}

/** What the page's outcome says about progress: analysts listed as users, registration done or refused. */
function progressFacts<H>(view: PageView<H>): {
  facts: ProgressFact[];
  granted: { name: string; already: boolean }[];
  refused: string | null;
} {
  const { context, outcome } = view;
  const company = context.company?.enterpriseNumber ?? null;
  const facts: ProgressFact[] = [];
  const granted: { name: string; already: boolean }[] = [];
  if (company) {
    for (const analyst of context.team) {
      if (!outcome.listedNiss.includes(analyst.niss)) continue;
      if (analyst.status === 'granted' || analyst.status === 'already-user') {
        granted.push({ name: analyst.name, already: analyst.status === 'already-user' });
        continue;
      }
      // Listed while we were adding them: granted now. Listed before we started: they were a user already.
      const status = analyst.status === 'in-progress' ? 'granted' : 'already-user';
      facts.push({
        key: `${company}|${analyst.niss}|${status}`,
        kind: 'analyst',
        company,
        niss: analyst.niss,
        status,
      });
    }
    const current = context.analyst;
    if (outcome.errors.includes('already-exists') && current?.status === 'in-progress')
      facts.push({
        key: `${company}|${current.niss}|already-user`,
        kind: 'analyst',
        company,
        niss: current.niss,
        status: 'already-user',
      });
  }
  // Registration: what this page shows (its company, never the popup's), recorded by the background.
  const seen = registrationSeen(context.stepId, outcome, view.header);
  if (seen && !knownAlready(seen, view))
    facts.push({
      key: `${seen.enterpriseNumber ?? seen.message}|${seen.registration}`,
      kind: 'registration',
      seen,
    });
  const refused = seen?.registration === 'not-legal-representative' ? (seen.enterpriseNumber ?? null) : null;
  return { facts, granted, refused };
}

/**
 * A logged-in page of a company known registered proves nothing new: its observation made the header's company
 * the current one already, and 'done' is never replaced (progress.ts), so recording it again would only cost a
 * second message on every page of the portal.
 */
function knownAlready<H>(seen: RegistrationSeen, { context, header }: PageView<H>): boolean {
  const number = seen.enterpriseNumber;
  return (
    seen.registration === 'done' &&
    context.registration === 'done' &&
    number !== undefined &&
    number === context.company?.enterpriseNumber &&
    number === header?.enterpriseNumber
  );
}
