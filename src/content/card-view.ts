import type { NoteSpec } from '../engine/plan/notes.ts';
import type { ButtonId, CardWords } from '../engine/plan/page.ts';
import type { Locale } from '../shared/state.ts';
import { stepPhase } from '../shared/steps.ts';
import { type Strings, t } from '../shared/template.ts';
import { type CardAction, type CardModel, type CardNote, cardChrome } from './overlay/card.ts';
import type { GuideContext } from './port.ts';

// The card the overlay shows for a plan: its count, title, notes (with their buttons bound to what the guide's
// features do) and « Autres options ». It decides nothing: which notes and buttons there are is the plan's.

/** The caption and the description of each button a plan may name. */
const BUTTONS: Readonly<Record<ButtonId, { label: (targetFound: boolean) => string; what: string }>> = {
  done: { label: () => 'card_done', what: 'card_doneWhat' },
  skip: { label: () => 'card_skip', what: 'card_skipWhat' },
  teach: { label: (found) => (found ? 'card_notThis' : 'card_showMe'), what: 'card_teachWhat' },
  report: { label: () => 'card_report', what: 'card_reportWhat' },
  export: { label: () => 'card_export', what: 'card_exportWhat' },
};

export interface CardInput {
  stepId: string;
  lang: Locale;
  context: GuideContext;
  /** The plan's title, what to look for (when the target is not found) and buttons. */
  words: CardWords;
  target: Element | null;
  /** The plan's notes and the guide's own, in order. */
  notes: readonly NoteSpec[];
  /** A note the person asked for (a report, an export, what teach mode learned), last. */
  extra: readonly CardNote[];
  /** What a note's button (undo-fill, undo-rights, untick-n) runs. */
  bind(id: string): () => void;
  /** What each of the plan's buttons runs. */
  runs: Readonly<Record<ButtonId, () => void>>;
}

export function cardModel(input: CardInput): CardModel {
  const { stepId, lang, context, words, target, bind, runs } = input;
  const { strings } = context;
  const notes: CardNote[] = input.notes.map(({ actions, ...note }) =>
    actions ? { ...note, actions: actions.map((a) => ({ ...a, run: bind(a.id) })) } : note,
  );
  // One primary button at most (the card decides which); the rest under « Autres options ».
  const actions: CardAction[] = words.buttons.map((id) => ({
    id,
    label: t(strings, BUTTONS[id].label(target !== null)),
    description: t(strings, BUTTONS[id].what),
    run: runs[id],
    more: true,
  }));
  return {
    lang,
    count: phaseCount(strings, stepId),
    title: words.title,
    notes: [
      ...(words.lookFor ? [{ tone: 'info' as const, text: words.lookFor }] : []),
      ...notes,
      ...input.extra,
    ],
    actions,
    chrome: cardChrome(strings),
  };
}

/** « Connexion — étape 2 sur 7 »: the step counted within its phase, or the phase alone (see stepPhase). */
export function phaseCount(strings: Strings, stepId: string): string {
  const where = stepPhase(stepId);
  if (!where) return '';
  const phase = t(strings, `card_phase_${where.phase}`);
  return where.n === undefined
    ? phase
    : t(strings, 'card_count', phase, String(where.n), String(where.total));
}
