import { type FillState, fillNotes } from '../../engine/plan/notes.ts';
import type { Plan } from '../../engine/plan/page.ts';
import { digitsOf, fillAndCheck, nissValueFor, refusalFor, setValue } from '../fill.ts';
import type { FeatureFactory } from './feature.ts';

// Fill the NISS, as the plan says: once per input (its state is kept by input), never over another value, never
// where the page refuses pasting; the undo button puts the previous value back.

export interface FillNiss {
  /** The fill state of the target after carrying the plan out (pending while the page reacts). */
  run(target: Element, fill: NonNullable<Plan<Element>['fill']>): FillState;
  /** The « Annuler » of the filled note, for this target. */
  undo(target: Element): void;
}

export function createFillNiss(
  doc: Document,
  settle: () => Promise<void>,
  onFilled: (fill: NonNullable<Plan<Element>['fill']>) => void,
  requestChange: () => void,
): FillNiss {
  const fills = new WeakMap<HTMLInputElement, FillState>();
  const previous = new WeakMap<HTMLInputElement, string>();
  return {
    run(target, fill) {
      const input = target as HTMLInputElement;
      const known = fills.get(input);
      if (known) return known;
      const { shown } = fill;
      if (refusalFor(target, doc)) return remember(input, { kind: 'refused', shown });
      if (input.value.trim() !== '' && digitsOf(input.value) !== fill.niss)
        return remember(input, { kind: 'occupied', shown });
      fills.set(input, { kind: 'pending' });
      void fillAndCheck(input, nissValueFor(input, fill.niss, shown), settle).then((result) => {
        if (result.status === 'reverted') fills.set(input, { kind: 'reverted', shown });
        else {
          previous.set(input, result.previous);
          fills.set(input, { kind: 'filled', shown, name: fill.name });
        }
        if (result.status === 'filled') onFilled(fill);
        requestChange();
      });
      return { kind: 'pending' };
    },
    undo(target) {
      const input = target as HTMLInputElement;
      const state = fills.get(input);
      if (state?.kind !== 'filled') return;
      setValue(input, previous.get(input) ?? '');
      fills.set(input, { kind: 'undone', shown: state.shown });
      requestChange();
    },
  };

  function remember(input: HTMLInputElement, state: FillState): FillState {
    fills.set(input, state);
    return state;
  }
}

/** The feature: fills the plan's NISS into the target found; a fill done is recorded as in progress. */
export const fillNissFeature: FeatureFactory = (guide) => {
  const settle = () => new Promise<void>((resolve) => guide.win.requestAnimationFrame(() => resolve()));
  const fills = createFillNiss(
    guide.doc,
    settle,
    (fill) => {
      const company = guide.context()?.company?.enterpriseNumber;
      if (company && fill.status !== 'in-progress')
        guide.refresh([
          { kind: 'analyst', enterpriseNumber: company, niss: fill.niss, status: 'in-progress' },
        ]);
    },
    () => guide.requestChange(),
  );
  return {
    after(pass) {
      if (pass.plan.fill && pass.target)
        pass.notes.push(...fillNotes(pass.context.strings, fills.run(pass.target, pass.plan.fill)));
    },
    button(id, { target }) {
      return id === 'undo-fill' ? () => target && fills.undo(target) : undefined;
    },
  };
};
