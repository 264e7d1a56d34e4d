import type { RegistrationSeen } from '../shared/messages.ts';
import type { CompanyRef } from '../shared/state.ts';
import type { Outcome } from './outcomes.ts';

// What a page proves about a company's registration, from what the page itself shows (never from the company the
// popup is on): the refusal names the refused number; the confirmation table shows the company being registered;
// the result page shows or names the company registered; being logged in for a company as its access manager
// proves it is registered. Pure: the content script sends the result, the background records it (progress.ts).

export function registrationSeen(
  stepId: string,
  outcome: Pick<Outcome, 'errors' | 'quality' | 'shown' | 'message'>,
  header: CompanyRef | null,
): RegistrationSeen | null {
  const { shown } = outcome;
  if (outcome.errors.includes('not-legal-representative'))
    return shown
      ? { registration: 'not-legal-representative', enterpriseNumber: shown.enterpriseNumber }
      : null;
  if (stepId === 'register.contact' && shown)
    return { registration: 'needed', enterpriseNumber: shown.enterpriseNumber, name: shown.name };
  if (stepId === 'register.done') {
    if (shown) return { registration: 'done', enterpriseNumber: shown.enterpriseNumber, name: shown.name };
    return outcome.message ? { registration: 'done', message: outcome.message } : null;
  }
  if (header && outcome.quality === 'manager')
    return { registration: 'done', enterpriseNumber: header.enterpriseNumber, name: header.name };
  return null;
}
