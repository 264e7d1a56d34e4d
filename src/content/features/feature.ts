import type { NoteSpec } from '../../engine/plan/notes.ts';
import type { PageView, Plan } from '../../engine/plan/page.ts';
import type { Locale } from '../../shared/state.ts';
import type { Marker } from '../marker.ts';
import type { CardNote } from '../overlay/card.ts';
import type { Overlay } from '../overlay/overlay.ts';
import type { EnginePort, Found, GuideContext, PageFact, StepAction, TeachPort } from '../port.ts';

// What a feature of the guide is (fill the NISS, tick the rights, report…): one file each, listed once in
// features/index.ts. The guide makes each once with what it offers (GuideServices) and, on every pass, goes down
// the list: each reads what it needs for the planner, carries out its part of the plan (before the target is
// looked for, then with the target) and runs the card's buttons it owns. Each keeps its own state.

/** What the guide offers its features. */
export interface GuideServices {
  win: Window & typeof globalThis;
  doc: Document;
  engine: EnginePort;
  overlay: Overlay;
  marker: Marker;
  /** Absent: no teach port, so no teach mode and no export. */
  teaching: TeachPort | undefined;
  /** The page's context as the background last answered (null while it has not yet). */
  context(): GuideContext | null;
  /** Observes the page again, with the facts given (the background records them and answers). */
  refresh(facts?: PageFact[]): void;
  /** Asks for a pass in the next frame. */
  requestChange(): void;
  /** A note the person asked for (a report, what teach mode learned): last on the card from the next pass. */
  note(note: CardNote): void;
  warn(error: unknown): void;
}

/** What the guide knows of a pass before the plan. */
export interface Reading {
  context: GuideContext;
  action: StepAction;
}

/** One pass's plan as it is carried out: features may add notes and, before the target is looked for, point
 *  elsewhere; `found` and `target` are set once it was looked for. */
export interface Pass {
  context: GuideContext;
  lang: Locale;
  plan: Plan<Element>;
  pointAt: string | null;
  notes: NoteSpec[];
  /** The step the card shows (pointAt, or the context's step). */
  shown: string;
  found: Found;
  target: Element | null;
}

export interface Feature {
  /** What it adds to the planner's view of the page. */
  read?(reading: Reading): Partial<PageView<Element>>;
  /** Its part of the plan, before the target is looked for. */
  before?(pass: Pass): void;
  /** Its part of the plan, once the target was looked for. */
  after?(pass: Pass): void;
  /** What the card's button `id` (the plan's, or a note's) runs, if this feature owns it. */
  button?(id: string, pass: Pass): (() => void) | undefined;
  /** While true the guide's passes wait (teach mode: the person is picking an element). */
  holding?(): boolean;
  /** A new page: forget what the last one kept. */
  reset?(): void;
  stop?(): void;
}

/** null: the feature is not available here (teach mode without a teach port). */
export type FeatureFactory = (guide: GuideServices) => Feature | null;
