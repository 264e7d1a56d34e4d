import * as z from 'zod/mini';
import { Locale } from './locale.ts';
import { Role, StepIdSchema } from './steps.ts';

// What the engine learns when the person on the page shows it the right element (teach mode), alone or as the
// learned set the firm collects and ships back. Validated by schema before use: it comes from storage or a file.

const Short = z.string().check(z.maxLength(200));
const Word = z.string().check(z.maxLength(40));

/** The signals the finder scores, as they were on the element the person pointed at. */
export const Fingerprint = z.object({
  stepId: StepIdSchema,
  role: Role,
  /** Accessible name or visible caption. */
  name: Short,
  /** Labels of a field (label, row cells), joined. */
  label: z.optional(Short),
  /** Words of its id, name, class and link target. */
  words: z.array(Word).check(z.maxLength(40)),
  /** Its rank in its list, and that list's words. */
  position: z.optional(
    z.object({ rank: z.number().check(z.int(), z.gte(1)), containerWords: z.array(Word) }),
  ),
  /** Text around it (section headings, neighbours), normalised. */
  context: z.optional(z.string().check(z.maxLength(400))),
  lang: z.optional(z.nullable(Locale)),
  learnedAt: z.optional(z.number()),
});
export type Fingerprint = z.infer<typeof Fingerprint>;

/** A teach-mode export: what one client's browser learned, for the firm to collect. */
/** Most recent first wins; older ones go beyond this. */
export const MAX_LEARNED = 500;

export const LearnedSet = z.object({
  version: z.literal(1),
  fingerprints: z.array(Fingerprint).check(z.maxLength(MAX_LEARNED)),
});
export type LearnedSet = z.infer<typeof LearnedSet>;
