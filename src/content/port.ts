import type { FindResult } from '../engine/finder/find.ts';
import type { RightsResult } from '../engine/finder/rights.ts';
import type { Outcome } from '../engine/outcomes.ts';
import type { Action } from '../engine/procedure/schema.ts';
import type { Recognition } from '../engine/recognize.ts';
import type { AnalystState, GuideContext, Observation, PageFact } from '../shared/messages.ts';
import type { Profile, RightId } from '../shared/profile.ts';
import type { CompanyRef } from '../shared/state.ts';

export type { AnalystState, GuideContext, Observation, Outcome, PageFact, Recognition };
/** What the finder answers; the guide's name for the engine's types. */
export type Found = FindResult;
export type RightsFound = RightsResult;
export type StepAction = Action;

// What the guide needs from the engine and from the background, as small interfaces over the engine's and the
// messages' own types. boot.ts plugs in the real ones; unit tests plug in fakes, so the guide's behaviour is tested
// without a browser or a real portal page.

export interface EnginePort {
  recognize(doc: Document, url: string): Recognition;
  /** stepId: a step, or a « step:detail » target of procedure/structure.ts OTHER_TARGETS. */
  find(doc: Document, stepId: string, learned: readonly unknown[], company: CompanyRef | undefined): Found;
  findRights(doc: Document, rights: RightId[]): RightsFound;
  outcome(doc: Document, profile: Profile, company: CompanyRef | undefined): Outcome;
  action(stepId: string): StepAction;
  /** The open shadow roots the last recognition read (the guide watches them for changes). */
  shadowRoots(): readonly ShadowRoot[];
  /** Whether the page says it is still loading (engine/shown.ts pageBusy), from the pass's reading. */
  busy(doc: Document): boolean;
  /** The items of the page's lists that name a right (the confirmation page): its id, or null. */
  listedRights(doc: Document): { element: Element; text: string; right: RightId | null }[];
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
