import type { AnalystState, GuideContext, Observation, PageFact } from '../shared/messages.ts';
import type { Profile, RightId } from '../shared/profile.ts';
import type { CompanyRef, Locale } from '../shared/state.ts';

export type { AnalystState, GuideContext, Observation, PageFact };

// What the guide needs from the engine and from the background, as two small interfaces. index.ts plugs in the
// real ones; unit tests plug in fakes, so the guide's behaviour is tested without a browser or a real portal page.

export interface Recognition {
  stepId: string | null;
  confidence: number;
  lang: Locale | null;
  company?: CompanyRef;
  /** Every step the page serves, stepId first (the employer page serves register.start and connect.start). */
  steps?: readonly string[];
}

export type Found =
  /** target: which of the step's targets matched, in order (none: a correction's element). */
  | { status: 'found'; element: Element; score: number; margin: number; target?: number }
  | { status: 'not-found'; candidates: { element: Element; score: number; name: string }[] };

export interface RightsFound {
  boxes: Partial<Record<RightId, HTMLInputElement>>;
  missing: RightId[];
  wrongTicked: HTMLInputElement[];
}

export type OutcomeError = 'not-legal-representative' | 'invalid-niss' | 'already-exists' | 'session-expired';

export interface Outcome {
  listedNiss: string[];
  errors: OutcomeError[];
  quality: 'manager' | 'user' | null;
  /** The one company the page's content names by number, outside the header. */
  shown: { enterpriseNumber: string; name: string } | null;
  /** What the portal's message boxes say. */
  message: string;
}

export type StepAction = 'point' | 'fill-niss' | 'tick-rights' | 'none';

export interface EnginePort {
  recognize(doc: Document, url: string): Recognition;
  /** stepId: a step, or a « step:detail » target of procedure/structure.ts OTHER_TARGETS. */
  find(doc: Document, stepId: string, learned: readonly unknown[], company: CompanyRef | undefined): Found;
  findRights(doc: Document, rights: RightId[]): RightsFound;
  outcome(doc: Document, profile: Profile, company: CompanyRef | undefined): Outcome;
  action(stepId: string): StepAction;
  /** The items of the page's lists that name a right (the confirmation page): catalogue id, or null. */
  listedRights(doc: Document): { element: Element; text: string; right: string | null }[];
  /** The page steps in order, for "step n of m". */
  pageSteps: readonly string[];
}

export interface BackgroundPort {
  /** A page of the procedure's hosts that is no step of the procedure (the popup shows where the client is). */
  pageSeen(recognition: Recognition): Promise<void>;
  /** One observation of a recognised page (its steps, its company, the progress facts it shows): the background
   *  records it and answers with the new context, in one message. */
  observe(observation: Observation): Promise<GuideContext>;
}

/** Teach mode: the engine makes the fingerprint of the element shown, the background keeps the learned set. */
export interface TeachPort {
  /** null when the element is nothing one can act on. */
  fingerprint(element: Element, stepId: string): unknown | null;
  learn(fingerprint: unknown): Promise<void>;
  /** The whole learned set, as the JSON file the firm collects. */
  exportLearned(): Promise<unknown>;
}
