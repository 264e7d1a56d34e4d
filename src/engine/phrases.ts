import { OUTCOME_TEXTS } from './procedure/captions.ts';
import { allTexts } from './procedure/index.ts';
import { contentTokens } from './text.ts';

// Known messages (errors, session expiry) are matched by their meaningful words, in any order, inside one message:
// « Le numéro NISS introduit n'est pas valide » holds every word of « NISS n'est pas valide ».

export type OutcomeError = keyof typeof OUTCOME_TEXTS;
export const OUTCOME_ERRORS = Object.keys(OUTCOME_TEXTS) as OutcomeError[];

const PHRASES: Record<OutcomeError, string[][]> = Object.fromEntries(
  OUTCOME_ERRORS.map((outcome) => [outcome, allTexts(OUTCOME_TEXTS[outcome]).map(contentTokens)]),
) as Record<OutcomeError, string[][]>;

export function messageSays(message: string, outcome: OutcomeError): boolean {
  const words = new Set(contentTokens(message));
  return PHRASES[outcome].some((phrase) => phrase.length > 0 && phrase.every((w) => words.has(w)));
}
