import * as z from 'zod/mini';
import { Role, StepIdSchema } from '../../shared/steps.ts';

export { Role, StepIdSchema };

// The shape of the procedure as data. The data itself lives in captions.ts (every human-language text) and
// structure.ts (roles, actions, hints); index.ts joins them and validates the result against these schemas.

const Caption = z.string().check(z.trim(), z.minLength(1), z.maxLength(200));

/** Texts per language. French and Dutch are required: the portal's clients speak one or the other. */
export const LocaleTexts = z.object({
  fr: z.array(Caption).check(z.minLength(1)),
  nl: z.array(Caption).check(z.minLength(1)),
  de: z.array(Caption),
  en: z.array(Caption),
});
export type LocaleTexts = z.infer<typeof LocaleTexts>;

export const Action = z.enum(['point', 'fill-niss', 'tick-rights', 'none']);
export type Action = z.infer<typeof Action>;

/** Where the target usually sits; used only to break a tie between equally named candidates. */
export const Position = z.object({
  /** 1-based rank among the actionable items of the candidate's list (menu, column, table). */
  index: z.number().check(z.int(), z.gte(1)),
  /** Words that name the list's container (its id, class, role or heading), e.g. "left", "menu". */
  containerWords: z.array(z.string()),
});
export type Position = z.infer<typeof Position>;

/** What a field's label may be read by instead of its listed captions (engine/finder/target.ts). */
export const LabelMeaning = z.enum(['niss-field']);
export type LabelMeaning = z.infer<typeof LabelMeaning>;

/** An element a person acts on (link, button, field), found by its caption or label. */
export const ElementTarget = z.object({
  kind: z.literal('element'),
  roles: z.array(Role).check(z.minLength(1)),
  /** Visible caption, accessible name or label (for fields) of the element, per language. */
  names: LocaleTexts,
  /** Texts next to the element (its row, section heading) that make a candidate more likely. */
  context: z.optional(LocaleTexts),
  /** Words developers tend to put in ids, names and classes of this element. */
  words: z.array(z.string()),
  position: z.optional(Position),
  /** A field read by the meaning of its label rather than its listed captions (engine/finder/niss-concepts.ts). */
  meaning: z.optional(LabelMeaning),
});
export type ElementTarget = z.infer<typeof ElementTarget>;

/** Things the engine recognises by itself, without captions. */
export const BuiltinMembers = z.enum(['rights', 'niss-numbers', 'enterprise-numbers']);
export type BuiltinMembers = z.infer<typeof BuiltinMembers>;

/** A block of the page: the smallest list, table or box holding `min` members or more. */
export const RegionTarget = z.object({
  kind: z.literal('region'),
  members: z.union([BuiltinMembers, z.object({ roles: z.array(Role), names: LocaleTexts })]),
  min: z.number().check(z.int(), z.gte(1)),
});
export type RegionTarget = z.infer<typeof RegionTarget>;

/** A table or fieldset introduced by a heading (e.g. the « Fonctions » rubric of the KBO page). */
export const SectionTarget = z.object({ kind: z.literal('section'), headings: LocaleTexts });
export type SectionTarget = z.infer<typeof SectionTarget>;

export const OutcomeErrorSchema = z.enum([
  'not-legal-representative',
  'invalid-niss',
  'already-exists',
  'session-expired',
]);

/** The message box (alert) that shows one of the known error texts. */
export const MessageTarget = z.object({ kind: z.literal('message'), outcome: OutcomeErrorSchema });
export type MessageTarget = z.infer<typeof MessageTarget>;

/** The company being worked on, in the list of companies: named at run time by its name and number. */
export const CompanyTarget = z.object({
  kind: z.literal('company'),
  roles: z.array(Role).check(z.minLength(1)),
});
export type CompanyTarget = z.infer<typeof CompanyTarget>;

export const Target = z.discriminatedUnion('kind', [
  ElementTarget,
  RegionTarget,
  SectionTarget,
  MessageTarget,
  CompanyTarget,
]);
export type Target = z.infer<typeof Target>;

export const StepSpec = z.object({
  id: StepIdSchema,
  action: Action,
  /** What the guide points at, tried in order (a step may show on several pages); empty: nothing to point at. */
  targets: z.array(Target),
});
export type StepSpec = z.infer<typeof StepSpec>;

/** Structural facts a page can show, checked by recognize.ts. */
export const Structure = z.enum([
  'password-field',
  'text-field',
  'email-field',
  'tel-field',
  'many-checkboxes',
  'enterprise-numbers',
  'niss-numbers',
  'logged-in-header',
]);
export type Structure = z.infer<typeof Structure>;

export const PageSpec = z.object({
  id: z.string().check(z.regex(/^[a-z][a-z-]*$/)),
  /** The steps served on this page; the first is the one reported by recognition. */
  steps: z.array(StepIdSchema),
  /** Regular-expression sources matched against the URL: a small bonus, never required. */
  urlHints: z.array(z.string()),
  /** Titles and headings that name the page. */
  headings: LocaleTexts,
  /** Other texts the page shows. */
  phrases: LocaleTexts,
  /** Texts that rule the page out (e.g. an error page that looks like the form it refused). */
  excludes: z.optional(LocaleTexts),
  structure: z.array(Structure),
  /** Structure facts that rule the page out. */
  excludeStructure: z.optional(z.array(Structure)),
});
export type PageSpec = z.infer<typeof PageSpec>;

export const Procedure = z.object({ steps: z.array(StepSpec), pages: z.array(PageSpec) });
export type Procedure = z.infer<typeof Procedure>;
