import { planConfirm, planRights, WRONG_RIGHT } from '../engine/plan/rights.ts';
import { registrationSeen } from '../engine/registration.ts';
import { formatNiss } from '../shared/identifiers/niss.ts';
import type { RightId } from '../shared/profile.ts';
import type { CompanyRef, Locale } from '../shared/state.ts';
import { csamNotes, enterpriseNotes } from './enterprise-check.ts';
import { digitsOf, fillAndCheck, isShown, nissValueFor, refusalFor, setChecked, setValue } from './fill.ts';
import { createFlags } from './flags.ts';
import { createMarker } from './marker.ts';
import {
  type FillState,
  fillNotes,
  keyOf,
  type OutcomeFacts,
  outcomeNotes,
  type RightsFacts,
  reasonNotes,
  rightName,
  rightsNotes,
} from './notes.ts';
import { anonymise, problemReport } from './outline.ts';
import { type CardAction, type CardModel, type CardNote, cardChrome } from './overlay/card.ts';
import { createOverlay } from './overlay/overlay.ts';
import type { BackgroundPort, EnginePort, Found, GuideContext, Recognition, TeachPort } from './port.ts';
import { deepTarget, openShadowRoots } from './roots.ts';
import { createScheduler } from './scheduler.ts';
import { reveal } from './scroll.ts';
import { t } from './strings.ts';
import { startTeach } from './teach.ts';

// The in-page guide: on every batch of page changes (one per animation frame at most) it recognises the page,
// asks the background what to do there (once per step and company), finds the target, points at it, pre-fills
// the NISS or ticks the rights once, reads the page's outcome and reports progress. It never clicks a button of the
// page and never submits anything: the client does.

const MAX_MAIL_BODY = 1800;
const UNKNOWN = 'unknown page';
const KBO_HOST = 'kbopub.economie.fgov.be';

export interface Guide {
  stop(): void;
}

interface PageMemory {
  key: string;
  context: GuideContext | null;
  dismissed: boolean;
  revealed: Element | null;
  extra: CardNote[];
  ticked: Map<RightId, HTMLInputElement>;
  failed: Set<RightId>;
}

/** Without a teach port, the card offers no teach mode (it then only says in words what to look for). */
export function startGuide(
  win: Window & typeof globalThis,
  engine: EnginePort,
  background: BackgroundPort,
  teaching?: TeachPort,
): Guide {
  const doc = win.document;
  const overlay = createOverlay(doc);
  const marker = createMarker(doc);
  const flags = createFlags(doc);
  const fills = new WeakMap<HTMLInputElement, FillState>();
  const touchedBoxes = new WeakSet<HTMLInputElement>();
  const reported = new Set<string>();
  const controller = new AbortController();
  let page: PageMemory = freshPage('');
  let stopTeach: (() => void) | null = null;
  let lastRecognition: Recognition | null = null;
  let asking = 0;

  const scheduler = createScheduler(win, {
    isOwn: (node) => overlay.isOwn(node),
    onChange: (pageChanged) => pass(pageChanged),
    onViewport: () => overlay.reposition(),
  });
  const settle = () => new Promise<void>((resolve) => win.requestAnimationFrame(() => resolve()));
  const warn = (error: unknown) => console.warn('ONSS guide:', error);

  function freshPage(key: string): PageMemory {
    return {
      key,
      context: null,
      dismissed: false,
      revealed: null,
      extra: [],
      ticked: new Map(),
      failed: new Set(),
    };
  }

  /** The page steps this recognition offers, the recognised one first. */
  function stepsOf(recognition: Recognition): string[] {
    const all = recognition.steps?.length
      ? recognition.steps
      : recognition.stepId
        ? [recognition.stepId]
        : [];
    return all.filter((step) => engine.pageSteps.includes(step));
  }

  function askContext(recognition: Recognition, steps: string[]) {
    const turn = ++asking;
    const key = page.key;
    background
      .context({
        steps,
        lang: recognition.lang,
        ...(recognition.company ? { company: recognition.company } : {}),
      })
      .then((context) => {
        if (turn !== asking || page.key !== key) return;
        page.context = context;
        scheduler.requestChange();
      })
      .catch(warn);
  }

  /** After a change of progress: the same page, a fresh answer (next analyst, counts, maybe another step). */
  function refresh() {
    const recognition = engine.recognize(doc, win.location.href);
    const steps = stepsOf(recognition);
    if (steps.length > 0) askContext(recognition, steps);
  }

  function clear() {
    marker.set(null, null);
    flags.set([]);
    overlay.hide();
  }

  /** One reading of the page: recognised again only when the page changed since the last pass (recognition is
   *  the costly part, and the pass that follows the background's answer would otherwise repeat it). */
  function pass(pageChanged = true) {
    if (pageChanged) for (const root of openShadowRoots(doc)) scheduler.observe(root);
    if (stopTeach) return;
    const recognition =
      !pageChanged && lastRecognition ? lastRecognition : engine.recognize(doc, win.location.href);
    lastRecognition = recognition;
    const steps = stepsOf(recognition);
    if (steps.length === 0) {
      if (page.key !== UNKNOWN) {
        page = freshPage(UNKNOWN);
        background.pageSeen(recognition).catch(warn);
      }
      clear();
      return;
    }
    const key = `${steps.join(',')}|${recognition.company?.enterpriseNumber ?? ''}|${recognition.lang ?? ''}`;
    if (key !== page.key) {
      page = freshPage(key);
      askContext(recognition, steps);
    }
    const context = page.context;
    if (!context) return;
    if (page.dismissed) {
      // « C'est fait »: the card goes, a badge stays to bring it back on this page.
      marker.set(null, null);
      overlay.collapse(
        () => {
          page.dismissed = false;
          scheduler.requestChange();
        },
        t(context.strings, 'card_restore'),
      );
      return;
    }
    const stepId = context.stepId;
    const lang: Locale = recognition.lang ?? 'fr';
    const action = engine.action(stepId);
    const notes: CardNote[] = [
      ...reasonNotes(context.strings, stepId),
      ...outcomeNotes(context.strings, readOutcome(context, stepId, recognition.company)),
    ];
    // Once the rights are exactly right, the next thing to do is « Enregistrer »: point there; a look-alike right
    // ticked (by us never, by hand maybe) comes first: point at its box.
    let pointAt = stepId;
    let flagged: { element: Element; reason: string }[] = [];
    let untick: Element | null = null;
    // The background says the guide must not act (the profile cannot be read): no fill, no tick, no target.
    let blocked = context.halt !== null;
    if (context.halt !== null) notes.unshift({ tone: 'error', text: context.halt });
    else if (action === 'tick-rights') {
      const rights = tickRights(context);
      notes.push(...rightsNotes(context.strings, rights));
      flagged = rights.flagged;
      untick = rights.untick;
      if (rights.complete && steps.includes('grant.save')) pointAt = 'grant.save';
    } else if (stepId === 'grant.confirm') {
      const checked = checkConfirm(context);
      notes.push(...checked.notes);
      flagged = checked.flagged;
      blocked = checked.blocked;
    }
    flags.set(flagged);
    const found: Found = untick
      ? { status: 'found', element: untick, score: 1, margin: 1 }
      : blocked
        ? { status: 'not-found', candidates: [] }
        : engine.find(doc, pointAt, context.learned, context.company ?? recognition.company);
    // The target is inside a same-origin frame: that frame's own guide points at it; one card is enough.
    if (found.status === 'found' && found.element.ownerDocument !== doc) {
      clear();
      return;
    }
    const target = found.status === 'found' ? found.element : null;
    if (action === 'fill-niss' && target)
      notes.push(...fillNotes(context.strings, fillNiss(target, context)));
    if (stepId === 'register.enterprise-number') {
      notes.push(...csamNotes(context.strings, win.location.hostname));
      if (target?.localName === 'input')
        notes.push(...enterpriseNotes(context.strings, (target as HTMLInputElement).value));
    }
    notes.push(...page.extra);
    // Scrolled into view before the card is placed and the mark set: nothing moves once it is shown. The overlay's
    // own writes all come after (show): the page's boxes are not laid out again because of them.
    if (target && page.revealed !== target) {
      page.revealed = target;
      reveal(win, target);
    }
    overlay.show(card(pointAt, lang, context, found, target, notes, blocked), target);
    marker.set(target, target ? pointAt : null);
  }

  function readOutcome(context: GuideContext, stepId: string, header?: CompanyRef): OutcomeFacts {
    const outcome = engine.outcome(doc, context.profile, context.company ?? undefined);
    const company = context.company?.enterpriseNumber ?? null;
    const granted: OutcomeFacts['granted'] = [];
    const once = (what: string, send: () => Promise<void>) => {
      if (reported.has(what)) return;
      reported.add(what);
      send().then(refresh, warn);
    };
    if (company) {
      for (const analyst of context.team) {
        if (!outcome.listedNiss.includes(analyst.niss)) continue;
        if (analyst.status === 'granted' || analyst.status === 'already-user') {
          granted.push({ name: analyst.name, already: analyst.status === 'already-user' });
          continue;
        }
        // Listed while we were adding them: granted now. Listed before we started: they were a user already.
        const status = analyst.status === 'in-progress' ? 'granted' : 'already-user';
        once(`${company}|${analyst.niss}|${status}`, () =>
          background.markAnalyst(company, analyst.niss, status),
        );
      }
      const current = context.analyst;
      if (outcome.errors.includes('already-exists') && current?.status === 'in-progress')
        once(`${company}|${current.niss}|already-user`, () =>
          background.markAnalyst(company, current.niss, 'already-user'),
        );
    }
    // Registration: the facts this page shows (its company, never the popup's), recorded by the background.
    const seen = registrationSeen(stepId, outcome, header ?? null);
    if (seen)
      once(`${seen.enterpriseNumber ?? seen.message}|${seen.registration}`, () =>
        background.registration(seen),
      );
    const refused =
      seen?.registration === 'not-legal-representative' ? (seen.enterpriseNumber ?? null) : null;
    const { done, total } = context;
    return { outcome, enterpriseDigits: refused, granted, done, total, niss: context.analyst?.niss ?? null };
  }

  function fillNiss(target: Element, context: GuideContext): FillState | undefined {
    const analyst = context.analyst;
    if (!analyst) return undefined;
    const shown = formatNiss(analyst.niss);
    const input = target as HTMLInputElement;
    const known = fills.get(input);
    if (known) return known;
    const company = context.company?.enterpriseNumber;
    if (refusalFor(target, doc)) {
      const state: FillState = { kind: 'refused', shown };
      fills.set(input, state);
      return state;
    }
    if (input.value.trim() !== '' && digitsOf(input.value) !== analyst.niss) {
      const state: FillState = { kind: 'occupied', shown };
      fills.set(input, state);
      return state;
    }
    fills.set(input, { kind: 'pending' });
    void fillAndCheck(input, nissValueFor(input, analyst.niss, shown), settle).then((result) => {
      if (result.status === 'reverted') fills.set(input, { kind: 'reverted', shown });
      else
        fills.set(input, {
          kind: 'filled',
          shown,
          name: analyst.name,
          undo: () => {
            setValue(input, result.previous);
            fills.set(input, { kind: 'undone', shown });
            scheduler.requestChange();
          },
        });
      if (result.status === 'filled' && company && analyst.status !== 'in-progress')
        background.markAnalyst(company, analyst.niss, 'in-progress').then(refresh, warn);
      scheduler.requestChange();
    });
    return { kind: 'pending' };
  }

  /** The rights page, carried out as planRights decides; read again on every pass, so that the client's own
   *  ticks count in the same frame. */
  function tickRights(
    context: GuideContext,
  ): RightsFacts & { flagged: { element: Element; reason: string }[]; untick: Element | null } {
    const found = engine.findRights(doc, context.profile.rights);
    const entries = Object.entries(found.boxes) as [RightId, HTMLInputElement][];
    const plan = planRights({
      wanted: context.profile.rights,
      boxes: entries.map(([right, box]) => ({ right, checked: box.checked, touched: touchedBoxes.has(box) })),
      missing: found.missing,
      wrongTicked: found.wrongTicked.length,
    });
    for (const right of plan.tick) {
      const box = found.boxes[right];
      if (!box) continue;
      // Each box is touched once: a box the client unticks after us stays unticked.
      touchedBoxes.add(box);
      if (box.ownerDocument === doc && isShown(box) && setChecked(box, true)) page.ticked.set(right, box);
      else page.failed.add(right);
    }
    for (const [, box] of entries) touchedBoxes.add(box);
    const ticked = [...page.ticked]
      .filter(([, box]) => box.isConnected && box.checked)
      .map(([right]) => right);
    const wrongBox = (index: number) => found.wrongTicked[index] ?? null;
    return {
      complete: plan.complete && entries.every(([, box]) => box.checked),
      ticked,
      missing: found.missing,
      failed: [...page.failed],
      wrong: found.wrongTicked.map((box) => ({
        label: anonymise(labelOf(box)),
        untick: () => {
          setChecked(box, false);
          scheduler.requestChange();
        },
      })),
      undo:
        ticked.length > 0
          ? () => {
              for (const box of page.ticked.values()) setChecked(box, false);
              page.ticked.clear();
              scheduler.requestChange();
            }
          : null,
      flagged: plan.flag.flatMap((index) => {
        const element = wrongBox(index);
        return element ? [{ element, reason: WRONG_RIGHT }] : [];
      }),
      untick: plan.target.kind === 'untick' ? wrongBox(plan.target.index) : null,
    };
  }

  /** The confirmation page lists the rights about to be granted: one outside the profile, or one missing, is said
   *  and flagged before the client clicks « Confirmer » (then the guide points at nothing: « Modifier » first). */
  function checkConfirm(context: GuideContext): {
    notes: CardNote[];
    flagged: { element: Element; reason: string }[];
    blocked: boolean;
  } {
    const listed = engine.listedRights(doc);
    const plan = planConfirm({ wanted: context.profile.rights, listed: listed.map((item) => item.right) });
    if (!plan.read || plan.ok) return { notes: [], flagged: [], blocked: false };
    const notes: CardNote[] = [];
    for (const index of plan.flag) {
      const item = listed[index];
      if (item)
        notes.push({ tone: 'error', text: t(context.strings, 'hint_confirmWrong', anonymise(item.text)) });
    }
    if (plan.missing.length > 0)
      notes.push({
        tone: 'error',
        text: t(
          context.strings,
          'hint_confirmMissing',
          plan.missing.map((right) => `« ${rightName(context.strings, right)} »`).join(', '),
        ),
      });
    const flagged = plan.flag.flatMap((index) => {
      const element = listed[index]?.element;
      return element ? [{ element, reason: WRONG_RIGHT }] : [];
    });
    return { notes, flagged, blocked: true };
  }

  function card(
    stepId: string,
    lang: Locale,
    context: GuideContext,
    found: Found,
    target: Element | null,
    notes: CardNote[],
    blocked = false,
  ): CardModel {
    const { strings } = context;
    const key = keyOf(stepId);
    // The refusal's second page is the public company search, where the legal representatives are listed.
    const onKbo = stepId === 'register.not-legal-representative' && win.location.hostname === KBO_HOST;
    const instruction = t(strings, onKbo ? 'hint_kboFunctions' : `hint_${key}`);
    const lookFor = t(strings, `step_${key}`) || instruction;
    const index = engine.pageSteps.indexOf(stepId);
    const action = engine.action(stepId);
    // Recognised page, target not found: say in words what to look for, and never point at a guess.
    const lost = !target && action !== 'none' && !blocked;
    const title = blocked ? t(strings, 'hint_confirmFix') : lost ? t(strings, 'hint_notFound') : instruction;
    const extra: CardNote[] = lost ? [{ tone: 'info', text: lookFor }] : [];
    const other = (id: string, label: string, what: string, run: () => void): CardAction => ({
      id,
      label: t(strings, label),
      description: t(strings, what),
      run,
      more: true,
    });
    // One primary button at most (the card decides which); the rest under « Autres options ».
    const actions: CardAction[] = [
      other('done', 'card_done', 'card_doneWhat', dismiss),
      ...(stepId.startsWith('grant.') && context.analyst && context.company
        ? [other('skip', 'card_skip', 'card_skipWhat', () => skip(context))]
        : []),
      ...(teaching
        ? [
            other('teach', target ? 'card_notThis' : 'card_showMe', 'card_teachWhat', () =>
              teach(teaching, stepId, lang, context),
            ),
          ]
        : []),
      other('report', 'card_report', 'card_reportWhat', () => report(stepId, found, context)),
      ...(teaching && context.learned.length > 0
        ? [other('export', 'card_export', 'card_exportWhat', () => exportLearned(teaching, context))]
        : []),
    ];
    return {
      lang,
      count: index >= 0 ? t(strings, 'card_count', String(index + 1), String(engine.pageSteps.length)) : '',
      title,
      notes: [...extra, ...notes],
      actions,
      chrome: cardChrome(strings),
    };
  }

  function dismiss() {
    page.dismissed = true;
    clear();
  }

  function skip(context: GuideContext) {
    const { analyst, company } = context;
    if (!analyst || !company) return;
    background.markAnalyst(company.enterpriseNumber, analyst.niss, 'problem', 'skipped').then(refresh, warn);
  }

  function teach(port: TeachPort, stepId: string, lang: Locale, context: GuideContext) {
    const { strings } = context;
    marker.set(null, null);
    const cancel = () => {
      stopTeach?.();
      stopTeach = null;
      overlay.outline(null);
      scheduler.requestChange();
    };
    overlay.show(
      {
        lang,
        title: t(strings, 'card_teachTitle'),
        notes: [
          { tone: 'info', text: t(strings, `step_${keyOf(stepId)}`) || t(strings, `hint_${keyOf(stepId)}`) },
        ],
        actions: [{ id: 'teach-cancel', label: t(strings, 'card_cancel'), run: cancel, primary: true }],
        chrome: cardChrome(strings),
      },
      null,
    );
    stopTeach = startTeach(win, {
      isOwn: (node) => overlay.isOwn(node),
      onHover: (element) => overlay.outline(element),
      onPick: (element) => {
        stopTeach = null;
        overlay.outline(null);
        const fingerprint = port.fingerprint(element, stepId);
        if (fingerprint === null) {
          // Not something a person can act on (plain text, a layout box): nothing is stored.
          page.extra = [{ tone: 'warn', text: t(strings, 'card_teachNothing') }];
        } else {
          port.learn(fingerprint).then(() => {
            page.extra = [{ tone: 'ok', text: t(strings, 'card_learned') }];
            refresh();
          }, warn);
        }
        scheduler.requestChange();
      },
      onCancel: cancel,
    });
  }

  function report(stepId: string, found: Found, context: GuideContext) {
    const text = problemReport({ doc, url: win.location.href, stepId, found });
    const email = context.profile.firmEmail;
    const subject = t(context.strings, 'card_reportSubject');
    const body = text.length > MAX_MAIL_BODY ? `${text.slice(0, MAX_MAIL_BODY)}\n…` : text;
    page.extra = [
      {
        tone: 'info',
        text: t(context.strings, 'card_reportTitle'),
        block: text,
        link: {
          label: t(context.strings, 'card_email', email),
          href: `mailto:${email}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`,
        },
        actions: [{ id: 'copy-report', label: t(context.strings, 'card_copy'), run: () => copy(text) }],
      },
    ];
    scheduler.requestChange();
  }

  function exportLearned(port: TeachPort, context: GuideContext) {
    port
      .exportLearned()
      .then((set) => {
        const text = JSON.stringify(set, null, 2);
        page.extra = [
          {
            tone: 'info',
            text: t(context.strings, 'card_exportTitle'),
            block: text,
            actions: [{ id: 'copy-learned', label: t(context.strings, 'card_copy'), run: () => copy(text) }],
          },
        ];
        scheduler.requestChange();
      })
      .catch(warn);
  }

  function copy(text: string) {
    win.navigator.clipboard?.writeText(text).catch(warn);
  }

  // The client's own ticks and typing change properties (checked, value), which no mutation reports: a pass in
  // the next frame reads them, so that a look-alike right ticked by hand is flagged, and unflagged, at once.
  const ownInput = (event: Event) => {
    const from = deepTarget(event);
    if (!from || !overlay.isOwn(from)) scheduler.requestChange();
  };
  for (const type of ['change', 'input'])
    doc.addEventListener(type, ownInput, { capture: true, passive: true, signal: controller.signal });

  // Esc hides the guide, unless the person is typing: their keys are theirs (nothing is ever prevented).
  win.addEventListener(
    'keydown',
    (event) => {
      if (event.key !== 'Escape' || !overlay.visible || stopTeach) return;
      const from = deepTarget(event);
      if (from && isEditable(from)) return;
      dismiss();
    },
    { signal: controller.signal },
  );

  scheduler.observe(doc);
  pass();

  return {
    stop() {
      controller.abort();
      stopTeach?.();
      scheduler.stop();
      marker.set(null, null);
      overlay.remove();
    },
  };
}

function isEditable(element: Element): boolean {
  return (
    element.matches('input, textarea, select, [contenteditable=""], [contenteditable="true"]') ||
    (element as HTMLElement).isContentEditable === true
  );
}

function labelOf(box: HTMLInputElement): string {
  const labels = box.labels ? [...box.labels].map((l) => l.textContent ?? '').join(' ') : '';
  return (labels || box.getAttribute('aria-label') || box.closest('tr')?.textContent || '').trim();
}
