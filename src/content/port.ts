import type { Analyst, Profile, RightId } from '../shared/profile.ts';
import type { AnalystStatus, CompanyRef, Locale } from '../shared/state.ts';

// What the guide needs from the engine and from the background, as two small interfaces. index.ts plugs in the
// real ones; unit tests plug in fakes, so the guide's behaviour is tested without a browser or a real portal page.

export interface Recognition {
  stepId: string | null;
  confidence: number;
  lang: Locale | null;
  company?: CompanyRef;
}

export type Found =
  | { status: 'found'; element: Element; score: number; margin: number }
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
}

export type StepAction = 'point' | 'fill-niss' | 'tick-rights' | 'none';

export interface EnginePort {
  recognize(doc: Document, url: string): Recognition;
  find(doc: Document, stepId: string, learned: readonly unknown[], company: CompanyRef | undefined): Found;
  findRights(doc: Document, rights: RightId[]): RightsFound;
  outcome(doc: Document, profile: Profile): Outcome;
  fingerprint(element: Element, stepId: string): unknown;
  action(stepId: string): StepAction;
  /** The page steps in order, for "step n of m". */
  pageSteps: readonly string[];
}

export type AnalystState = Analyst & { status: AnalystStatus };

/** What the background answers about this page: who and what to fill, and the strings in the page's language. */
export interface GuideContext {
  company: CompanyRef | null;
  /** The next analyst still to add for this company, and where they stand. */
  analyst: AnalystState | null;
  /** Every analyst of the profile, with their status for this company. */
  team: AnalystState[];
  profile: Profile;
  done: number;
  total: number;
  strings: Readonly<Record<string, string>>;
  /** Fingerprints taught for this step. */
  learned: readonly unknown[];
}

export interface ContextQuery {
  stepId: string | null;
  lang: Locale | null;
  company?: CompanyRef;
}

export interface BackgroundPort {
  context(query: ContextQuery): Promise<GuideContext>;
  markAnalyst(enterpriseNumber: string, niss: string, status: AnalystStatus, note?: string): Promise<void>;
  registration(
    enterpriseNumber: string,
    registration: 'needed' | 'done' | 'not-legal-representative',
  ): Promise<void>;
  learn(fingerprint: unknown): Promise<void>;
  /** The whole learned set, as the JSON file the firm collects. */
  exportLearned(): Promise<unknown>;
}
