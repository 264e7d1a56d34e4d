import { ICON_HINT_KEY } from '../../shared/platform.ts';
import { countKey } from '../../shared/plural.ts';
import type { RightId } from '../../shared/profile.ts';
import { type Strings, t } from '../../shared/template.ts';
import type { Outcome } from '../outcomes.ts';

// The sentences the card adds to the instruction, as data (the content script renders them): what the page's
// outcome means, the reason behind a step where a client goes wrong (the « Déclaration DmfA » trap, a quality that
// cannot grant access), what was filled or ticked. Buttons inside a note are ids the content script binds.

export type Tone = 'info' | 'warn' | 'error' | 'ok';

export interface NoteButton {
  id: string;
  label: string;
  primary?: boolean;
}

export interface NoteSpec {
  tone: Tone;
  text: string;
  code?: string;
  link?: { label: string; href: string };
  actions?: NoteButton[];
  block?: string;
}

export const KBO_SEARCH = 'https://kbopub.economie.fgov.be/kbopub/zoeknummerform.html';

export function kboLink(enterpriseDigits: string): string {
  return `${KBO_SEARCH}?nummer=${enterpriseDigits}&actionLu=Zoek`;
}

/** Chrome message keys allow letters, digits and `_`: 'grant.access-management' → 'grantAccessManagement',
 *  'connect.pick-company:change' → 'connectPickCompanyChange'. */
export function keyOf(id: string): string {
  return id.replace(/[.:-]+(\w)/g, (_match, letter: string) => letter.toUpperCase());
}

export function rightName(strings: Strings, right: RightId): string {
  return t(strings, `hint_right_${keyOf(right)}`) || right;
}

/** Why this step matters, when it is one where clients go wrong. */
export function reasonNotes(strings: Strings, stepId: string): NoteSpec[] {
  if (stepId === 'grant.rights') return [{ tone: 'warn', text: t(strings, 'hint_reasonDmfa') }];
  if (stepId === 'connect.pick-company' || stepId === 'grant.pick-quality')
    return [{ tone: 'info', text: t(strings, 'hint_reasonQuality') }];
  return [];
}

export interface OutcomeFacts {
  outcome: Outcome;
  /** The enterprise number concerned by a registration refusal, if known. */
  enterpriseDigits: string | null;
  /** Names of the analysts the page now lists as users, with whether they were added now or were users already. */
  granted: { name: string; already: boolean }[];
  done: number;
  total: number;
  niss: string | null;
}

/** What the page's outcome means for the client, in words. */
export function outcomeNotes(strings: Strings, facts: OutcomeFacts): NoteSpec[] {
  const notes: NoteSpec[] = [];
  const { outcome } = facts;
  if (outcome.errors.includes('not-legal-representative')) {
    notes.push({
      tone: 'error',
      text: t(strings, 'hint_notLegalRep'),
      ...(facts.enterpriseDigits
        ? {
            link: {
              label: t(strings, 'hint_kboLink', facts.enterpriseDigits),
              href: kboLink(facts.enterpriseDigits),
            },
          }
        : {}),
    });
  }
  if (outcome.errors.includes('invalid-niss'))
    notes.push({
      tone: 'error',
      text: t(strings, 'hint_invalidNiss'),
      ...(facts.niss ? { code: facts.niss } : {}),
    });
  if (outcome.errors.includes('session-expired'))
    notes.push({ tone: 'error', text: t(strings, 'hint_sessionExpired') });
  if (outcome.errors.includes('already-exists'))
    notes.push({ tone: 'ok', text: t(strings, 'hint_alreadyExists') });
  // The way back is the header's « Changer d'entreprise » (the card points at it): the note names it.
  if (outcome.quality === 'user')
    notes.push({
      tone: 'warn',
      text: t(strings, 'hint_qualityUser', t(strings, 'hint_name_connectPickCompanyChange')),
    });
  for (const { name, already } of facts.granted)
    notes.push({ tone: 'ok', text: t(strings, already ? 'hint_alreadyUser' : 'hint_granted', name) });
  // The last analyst of this company: where the extension's icon is, to open the final e-mail.
  if (facts.granted.length > 0 && facts.done >= facts.total)
    notes.push({ tone: 'info', text: t(strings, ICON_HINT_KEY) });
  if (facts.granted.length > 0)
    notes.push({
      tone: 'info',
      text:
        facts.done >= facts.total
          ? t(strings, 'hint_companyComplete')
          : t(strings, countKey('hint_companyProgress', facts.done), String(facts.done), String(facts.total)),
    });
  return notes;
}

export type FillState =
  | { kind: 'pending' }
  | { kind: 'filled'; shown: string; name: string }
  | { kind: 'reverted'; shown: string }
  | { kind: 'occupied'; shown: string }
  | { kind: 'refused'; shown: string }
  | { kind: 'undone'; shown: string };

export function fillNotes(strings: Strings, state: FillState | undefined): NoteSpec[] {
  if (!state || state.kind === 'pending') return [];
  switch (state.kind) {
    case 'filled':
      return [
        {
          tone: 'ok',
          text: t(strings, 'hint_nissFilled', state.name),
          code: state.shown,
          actions: [{ id: 'undo-fill', label: t(strings, 'card_undo') }],
        },
      ];
    case 'reverted':
      return [{ tone: 'warn', text: t(strings, 'hint_nissReverted'), code: state.shown }];
    case 'occupied':
      return [{ tone: 'warn', text: t(strings, 'hint_nissOccupied'), code: state.shown }];
    case 'refused':
    case 'undone':
      return [{ tone: 'info', text: t(strings, 'hint_nissByHand'), code: state.shown }];
  }
}

export interface RightsFacts {
  /** Every right of the profile ticked and no wrong one: the page is ready to be saved. */
  complete: boolean;
  ticked: RightId[];
  missing: RightId[];
  failed: RightId[];
  /** The labels of the ticked look-alikes (anonymised): each note's button is `untick-<index>`. */
  wrong: string[];
  /** The page's own label of each right's box found (the card quotes it, the catalogue's name otherwise). */
  labels: Partial<Record<RightId, string>>;
}

/** `save`: the save button's caption as the page shows it (shown.ts shownCaption), null when it was not found (the
 *  catalogue's name is quoted then). */
export function rightsNotes(strings: Strings, facts: RightsFacts, save: string | null): NoteSpec[] {
  const names = (rights: RightId[]) =>
    rights.map((r) => t(strings, 'card_quote', facts.labels[r] || rightName(strings, r))).join(', ');
  const notes: NoteSpec[] = [];
  facts.wrong.forEach((label, index) => {
    notes.push({
      tone: 'error',
      text: t(strings, 'hint_wrongTicked', label),
      actions: [{ id: `untick-${index}`, label: t(strings, 'card_untick'), primary: true }],
    });
  });
  // Ticked by the guide: undone with one button.
  if (facts.ticked.length > 0)
    notes.push({
      tone: 'ok',
      text: t(strings, 'hint_rightsTicked', names(facts.ticked), save ?? t(strings, 'hint_name_grantSave')),
      actions: [{ id: 'undo-rights', label: t(strings, 'card_undo') }],
    });
  const byHand = [...facts.missing, ...facts.failed];
  if (byHand.length > 0) notes.push({ tone: 'warn', text: t(strings, 'hint_rightsByHand', names(byHand)) });
  return notes;
}
