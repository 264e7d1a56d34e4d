import type { RightId } from '../../shared/profile.ts';

// What the guide does on the rights page and on the confirmation page, decided from plain facts (no DOM): which
// boxes to tick, which to flag, where to point. The content script reads the facts and carries the plan out, on
// every pass, so that a box the client ticks or unticks by hand is seen in the same frame.

/** The reason an element carries in `data-onss-guide-flag` (docs/procedure.md). */
export const WRONG_RIGHT = 'wrong-right';

export interface RightsPageFacts {
  /** The profile's rights. */
  wanted: readonly RightId[];
  /** The profile's rights whose one box was found: whether it is ticked, and whether the guide touched it already. */
  boxes: readonly { right: RightId; checked: boolean; touched: boolean }[];
  /** The profile's rights with no single box on the page. */
  missing: readonly RightId[];
  /** How many boxes of rights outside the profile are ticked (in page order). */
  wrongTicked: number;
}

export type RightsTarget =
  /** The first box of a right outside the profile that is ticked: untick it first. */
  | { kind: 'untick'; index: number }
  /** Every wanted right ticked and nothing else: « Enregistrer ». */
  | { kind: 'save' }
  /** Otherwise the rights region itself. */
  | { kind: 'rights' };

export interface RightsPlan {
  /** Boxes to tick now: each box is ticked once, a box the client unticks after us stays unticked. */
  tick: RightId[];
  /** Indexes (into the wrong-ticked boxes) to flag: every one of them, for as long as it stays ticked. */
  flag: number[];
  target: RightsTarget;
  complete: boolean;
}

export function planRights(facts: RightsPageFacts): RightsPlan {
  const tick = facts.boxes.filter((b) => !b.checked && !b.touched).map((b) => b.right);
  // What the page will show once the planned ticks are done.
  const checkedAfter = (b: RightsPageFacts['boxes'][number]) => b.checked || tick.includes(b.right);
  const complete =
    facts.missing.length === 0 &&
    facts.wrongTicked === 0 &&
    facts.boxes.length === facts.wanted.length &&
    facts.boxes.every(checkedAfter);
  const flag = Array.from({ length: facts.wrongTicked }, (_, index) => index);
  const target: RightsTarget =
    facts.wrongTicked > 0 ? { kind: 'untick', index: 0 } : complete ? { kind: 'save' } : { kind: 'rights' };
  return { tick, flag, target, complete };
}

export interface ConfirmPageFacts {
  wanted: readonly RightId[];
  /** The rights the confirmation page lists, in page order, by catalogue id (look-alikes included; null: an item
   *  that names no right or is ambiguous). */
  listed: readonly (string | null)[];
}

export interface ConfirmPlan {
  /** Indexes (into listed) of rights outside the profile: flagged, and the client goes back to « Modifier ». */
  flag: number[];
  /** The profile's rights the page does not list. */
  missing: RightId[];
  /** True when the page lists at least one right: otherwise it is not read as a list of rights and nothing is said. */
  read: boolean;
  ok: boolean;
}

export function planConfirm(facts: ConfirmPageFacts): ConfirmPlan {
  const named = facts.listed.filter((right) => right !== null);
  const read = named.length > 0;
  const flag = read
    ? facts.listed.flatMap((right, index) =>
        right !== null && !(facts.wanted as readonly string[]).includes(right) ? [index] : [],
      )
    : [];
  const missing = read ? facts.wanted.filter((right) => !named.includes(right)) : [];
  return { flag, missing, read, ok: read && flag.length === 0 && missing.length === 0 };
}
