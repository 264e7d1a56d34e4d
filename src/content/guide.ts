import { fillNotes, type NoteSpec, rightsNotes } from '../engine/plan/notes.ts';
import { type CardWords, planPage } from '../engine/plan/page.ts';
import { pageBusy, shownCaption } from '../engine/shown.ts';
import type { Locale } from '../shared/state.ts';
import { t } from '../shared/template.ts';
import { cardModel } from './card-view.ts';
import { csamNotes, enterpriseNotes } from './enterprise-check.ts';
import { createFillNiss } from './features/fill-niss.ts';
import { createObservation } from './features/observation.ts';
import { listenToPerson } from './features/person-input.ts';
import { createProgress } from './features/progress.ts';
import { exportNote, reportNote } from './features/report.ts';
import { createTeachMode } from './features/teach-mode.ts';
import { createTickRights } from './features/tick-rights.ts';
import { createFlags } from './flags.ts';
import { createMarker } from './marker.ts';
import { anonymise } from './outline.ts';
import type { CardNote } from './overlay/card.ts';
import { createOverlay } from './overlay/overlay.ts';
import type {
  BackgroundPort,
  EnginePort,
  Found,
  GuideContext,
  Recognition,
  RightsFound,
  TeachPort,
} from './port.ts';
import { openShadowRoots } from './roots.ts';
import { createScheduler } from './scheduler.ts';
import { reveal } from './scroll.ts';

// The in-page guide: on every batch of page changes (one per animation frame at most) it recognises the page once,
// observes it (features/observation.ts: one message, the context in the reply), reads the facts the planner needs,
// and carries out the plan (engine/plan/page.ts): marks the target, fills the NISS or ticks the rights (features/),
// records the progress facts, shows the card (card-view.ts). It decides nothing itself, never clicks a button of the page and
// never submits anything: the client does.

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
  const controller = new AbortController();
  const warn = (error: unknown) => console.warn('ONSS guide:', error);
  let page: PageMemory = { key: '', context: null, dismissed: false, revealed: null, extra: [] };
  let lastRecognition: Recognition | null = null;

  const scheduler = createScheduler(win, {
    isOwn: (node) => overlay.isOwn(node),
    onChange: (pageChanged) => pass(pageChanged),
    onViewport: () => overlay.reposition(),
  });
  const requestChange = () => scheduler.requestChange();
  const { observe, refresh } = createObservation(
    background,
    {
      key: () => page.key,
      onContext: (context) => {
        page.context = context;
        requestChange();
      },
    },
    warn,
  );
  const settle = () => new Promise<void>((resolve) => win.requestAnimationFrame(() => resolve()));
  const progress = createProgress();
  const rights = createTickRights(doc, requestChange);
  const fills = createFillNiss(
    doc,
    settle,
    (fill) => {
      const company = page.context?.company?.enterpriseNumber;
      if (company && fill.status !== 'in-progress')
        refresh([{ kind: 'analyst', enterpriseNumber: company, niss: fill.niss, status: 'in-progress' }]);
    },
    requestChange,
  );
  const teachMode = teaching
    ? createTeachMode(
        win,
        teaching,
        overlay,
        {
          onStart: () => marker.set(null, null),
          note: (note) => {
            page.extra = [note];
          },
          learned: () => refresh(),
          resume: requestChange,
        },
        warn,
      )
    : null;

  function freshPage(key: string): PageMemory {
    rights.reset();
    return { key, context: null, dismissed: false, revealed: null, extra: [] };
  }

  /** The page steps this recognition offers, the recognised one first. */
  function stepsOf(recognition: Recognition): string[] {
    return recognition.steps.filter((step) => engine.pageSteps.includes(step));
  }

  function clear() {
    marker.set(null, null);
    flags.set([]);
    overlay.hide();
  }

  /** One reading of the page: recognised again only when the page changed since the last pass. */
  function pass(pageChanged = true) {
    if (pageChanged) for (const root of openShadowRoots(doc)) scheduler.observe(root);
    if (teachMode?.active()) return;
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
      observe(recognition, steps);
    }
    const context = page.context;
    if (!context) return;
    if (page.dismissed) {
      // « C'est fait »: the card goes, a badge stays to bring it back on this page.
      marker.set(null, null);
      overlay.collapse(
        () => {
          page.dismissed = false;
          requestChange();
        },
        t(context.strings, 'card_restore'),
      );
      return;
    }
    execute(recognition, steps, context);
  }

  /** Reads the facts, asks the planner, carries the plan out. */
  function execute(recognition: Recognition, steps: string[], context: GuideContext) {
    const stepId = context.stepId;
    const action = engine.action(stepId);
    const company = context.company ?? recognition.company;
    const outcome = engine.outcome(doc, context.profile, context.company ?? undefined);
    const found = action === 'tick-rights' ? engine.findRights(doc, context.profile.rights) : null;
    const plan = planPage<Element>({
      steps,
      context,
      action,
      outcome,
      header: recognition.company ?? null,
      onKbo: win.location.hostname === KBO_HOST,
      ...(found ? { rights: rights.view(found) } : {}),
      ...(stepId === 'grant.confirm'
        ? {
            listed: engine
              .listedRights(doc)
              .map((item) => ({ handle: item.element, text: anonymise(item.text), right: item.right })),
          }
        : {}),
      teaching: teaching !== undefined,
    });
    const facts = progress.unsent(plan.facts);
    if (facts.length > 0) refresh(facts);
    const notes: NoteSpec[] = [...plan.notes];
    let pointAt = plan.pointAt;
    const ticked = found ? rights.run(found, plan.tick) : null;
    // A box the page would not let us tick: « Enregistrer » is not next after all.
    if (pointAt === 'grant.save' && ticked && !ticked.complete) pointAt = stepId;
    flags.set(plan.flag.map(({ handle, reason }) => ({ element: handle, reason })));
    const result: Found = plan.pointHandle
      ? { status: 'found', element: plan.pointHandle, score: 1, margin: 1 }
      : pointAt === null
        ? { status: 'not-found', candidates: [] }
        : engine.find(doc, pointAt, context.learned, company);
    // The target is inside a same-origin frame: that frame's own guide points at it; one card is enough.
    if (result.status === 'found' && result.element.ownerDocument !== doc) {
      clear();
      return;
    }
    const target = result.status === 'found' ? result.element : null;
    // The rights notes quote the save button as the page shows it when it is the target.
    const save = pointAt === 'grant.save' && target ? shownCaption(target) : null;
    if (ticked) notes.push(...rightsNotes(context.strings, ticked, save));
    if (plan.fill && target) notes.push(...fillNotes(context.strings, fills.run(target, plan.fill)));
    if (stepId === 'register.enterprise-number' && !context.halt) {
      notes.push(...csamNotes(context.strings, win.location.hostname));
      if (target?.localName === 'input')
        notes.push(...enterpriseNotes(context.strings, (target as HTMLInputElement).value));
    }
    // Scrolled into view before the card is placed and the mark set: nothing moves once it is shown.
    if (target && page.revealed !== target) {
      page.revealed = target;
      reveal(win, target);
    }
    const shown = pointAt ?? stepId;
    const words = plan.words(
      target
        ? { caption: shownCaption(target), ...(result.status === 'found' ? { target: result.target } : {}) }
        : null,
      !target && pageBusy(doc),
    );
    overlay.show(card(shown, recognition.lang ?? 'fr', context, words, result, target, notes, found), target);
    marker.set(target, target ? shown : null);
  }

  /** The card of the plan, its buttons bound to what the features do. */
  function card(
    stepId: string,
    lang: Locale,
    context: GuideContext,
    words: CardWords,
    found: Found,
    target: Element | null,
    notes: NoteSpec[],
    rightsFound: RightsFound | null,
  ) {
    const bind = (id: string): (() => void) => {
      if (id === 'undo-fill') return () => target && fills.undo(target);
      if (id === 'undo-rights') return () => rights.undo();
      const box = id.startsWith('untick-') ? rightsFound?.wrongTicked[Number(id.slice(7))] : undefined;
      return box ? () => rights.untick(box) : () => {};
    };
    return cardModel({
      stepId,
      lang,
      context,
      words,
      target,
      notes,
      extra: page.extra,
      bind,
      runs: {
        done: dismiss,
        skip: () => skip(context),
        teach: () => teachMode?.start(stepId, lang, context),
        report: () => show(reportNote(win, stepId, found, context, warn)),
        export: () => teaching && exportNote(win, teaching, context, warn).then(show, warn),
      },
    });
  }

  function show(note: CardNote) {
    page.extra = [note];
    requestChange();
  }

  function dismiss() {
    page.dismissed = true;
    clear();
  }

  function skip(context: GuideContext) {
    const { analyst, company } = context;
    if (!analyst || !company) return;
    refresh([
      {
        kind: 'analyst',
        enterpriseNumber: company.enterpriseNumber,
        niss: analyst.niss,
        status: 'problem',
        note: 'skipped',
      },
    ]);
  }

  listenToPerson(
    win,
    overlay,
    { requestChange, dismiss, teaching: () => teachMode?.active() === true },
    controller.signal,
  );
  scheduler.observe(doc);
  pass();

  return {
    stop() {
      controller.abort();
      teachMode?.stop();
      scheduler.stop();
      marker.set(null, null);
      overlay.remove();
    },
  };
}
