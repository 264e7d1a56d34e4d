import { type PageView, planPage } from '../engine/plan/page.ts';
import { shownCaption } from '../engine/shown.ts';
import { t } from '../shared/template.ts';
import { cardModel } from './card-view.ts';
import type { Feature, GuideServices, Pass } from './features/feature.ts';
import { FEATURES } from './features/index.ts';
import { createFlags } from './flags.ts';
import { createMarker } from './marker.ts';
import { createObservation } from './observation.ts';
import { anonymise } from './outline.ts';
import type { CardNote } from './overlay/card.ts';
import { createOverlay } from './overlay/overlay.ts';
import { listenToPerson } from './person-input.ts';
import type { BackgroundPort, EnginePort, Found, GuideContext, Recognition, TeachPort } from './port.ts';
import { createScheduler } from './scheduler.ts';
import { reveal } from './scroll.ts';

// The in-page guide: on every batch of page changes (one per animation frame at most) it recognises the page once,
// observes it (observation.ts: one message, the context in the reply), reads the facts the planner needs, and
// carries out the plan (engine/plan/page.ts): its features (features/index.ts: fill the NISS, tick the rights,
// progress facts, report, teach…) each do their part, and it marks the target and shows the card (card-view.ts).
// It decides nothing itself, never clicks a button of the page and never submits anything: the client does.

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
  /** The page changed since lastRecognition (or there is none): the next pass that may read it recognises it. */
  let stale = true;

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
  const services: GuideServices = {
    win,
    doc,
    engine,
    overlay,
    marker,
    teaching,
    context: () => page.context,
    refresh: (facts) => refresh(facts),
    requestChange,
    note: (note) => {
      page.extra = [note];
    },
    warn,
  };
  const features = FEATURES.map((create) => create(services)).filter((f): f is Feature => f !== null);
  const holding = () => features.some((feature) => feature.holding?.() === true);

  function freshPage(key: string): PageMemory {
    for (const feature of features) feature.reset?.();
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

  /** One reading of the page: recognised again only when the page changed since it was last recognised (a change
   *  while teach mode held the guide included). */
  function pass(pageChanged = true) {
    if (pageChanged) stale = true;
    if (holding()) return;
    if (stale || !lastRecognition) {
      lastRecognition = engine.recognize(doc, win.location.href);
      for (const root of engine.shadowRoots()) scheduler.observe(root);
      stale = false;
    }
    const recognition = lastRecognition;
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

  /** Reads the facts, asks the planner, has the features carry the plan out, marks the target, shows the card. */
  function execute(recognition: Recognition, steps: string[], context: GuideContext) {
    const stepId = context.stepId;
    const action = engine.action(stepId);
    const company = context.company ?? recognition.company;
    const outcome = engine.outcome(doc, context.profile, context.company ?? undefined);
    // What the features read for the planner (the rights boxes on a tick-rights step).
    const read: Partial<PageView<Element>> = {};
    for (const feature of features) Object.assign(read, feature.read?.({ context, action }));
    const plan = planPage<Element>({
      steps,
      context,
      action,
      outcome,
      header: recognition.company ?? null,
      onKbo: win.location.hostname === KBO_HOST,
      ...read,
      ...(stepId === 'grant.confirm'
        ? {
            listed: engine
              .listedRights(doc)
              .map((item) => ({ handle: item.element, text: anonymise(item.text), right: item.right })),
          }
        : {}),
      teaching: teaching !== undefined,
    });
    const notFound: Found = { status: 'not-found', candidates: [] };
    const lang = recognition.lang ?? 'fr';
    const pass: Pass = {
      context,
      lang,
      plan,
      pointAt: plan.pointAt,
      notes: [...plan.notes],
      shown: stepId,
      found: notFound,
      target: null,
    };
    for (const feature of features) feature.before?.(pass);
    flags.set(plan.flag.map(({ handle, reason }) => ({ element: handle, reason })));
    const { pointAt } = pass;
    const result: Found = plan.pointHandle
      ? { status: 'found', element: plan.pointHandle, score: 1, margin: 1 }
      : pointAt === null
        ? notFound
        : engine.find(doc, pointAt, context.learned, company);
    // The target is inside a same-origin frame: that frame's own guide points at it; one card is enough.
    if (result.status === 'found' && result.element.ownerDocument !== doc) {
      clear();
      return;
    }
    const target = result.status === 'found' ? result.element : null;
    pass.found = result;
    pass.target = target;
    pass.shown = pointAt ?? stepId;
    for (const feature of features) feature.after?.(pass);
    // Scrolled into view before the card is placed and the mark set: nothing moves once it is shown.
    if (target && page.revealed !== target) {
      page.revealed = target;
      reveal(win, target);
    }
    const words = plan.words(
      target
        ? { caption: shownCaption(target), ...(result.status === 'found' ? { target: result.target } : {}) }
        : null,
      !target && engine.busy(doc),
    );
    /** What the card's button `id` runs: the feature's that owns it. */
    const bind = (id: string): (() => void) => {
      for (const feature of features) {
        const run = feature.button?.(id, pass);
        if (run) return run;
      }
      return () => {};
    };
    const card = cardModel({
      stepId: pass.shown,
      lang,
      context,
      words,
      target,
      notes: pass.notes,
      extra: page.extra,
      bind,
      runs: {
        done: dismiss,
        skip: bind('skip'),
        teach: bind('teach'),
        report: bind('report'),
        export: bind('export'),
      },
    });
    overlay.show(card, target);
    marker.set(target, target ? pass.shown : null);
  }

  function dismiss() {
    page.dismissed = true;
    clear();
  }

  listenToPerson(win, overlay, { requestChange, dismiss, teaching: holding }, controller.signal);
  scheduler.observe(doc);
  pass();

  return {
    stop() {
      controller.abort();
      for (const feature of features) feature.stop?.();
      scheduler.stop();
      marker.set(null, null);
      overlay.remove();
    },
  };
}
