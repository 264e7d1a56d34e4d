// Where the card goes. The card lives in a fixed, full-viewport layer in the top layer, so every coordinate is a
// viewport coordinate and the clipping area is the viewport. The rule is Floating UI's `right-start` placement with
// offset(GAP), flip(left-start, bottom-start, top-start; padding MARGIN) and shift(padding MARGIN, both axes),
// written out for this one case: synchronous, and ~6 KB less of the guide's script than the library.

export const GAP = 12;
const MARGIN = 8;

/** A rectangle in viewport coordinates. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Size {
  width: number;
  height: number;
}

export interface Placed {
  x: number;
  y: number;
}

type Side = 'right' | 'left' | 'bottom' | 'top';

/** Tried in this order, each aligned on the target's start (top or left edge). */
const SIDES: readonly Side[] = ['right', 'left', 'bottom', 'top'];

const OPPOSITE: Record<Side, Side> = { right: 'left', left: 'right', bottom: 'top', top: 'bottom' };

function besideOn(side: Side, target: Box, card: Size): Placed {
  switch (side) {
    case 'right':
      return { x: target.x + target.width + GAP, y: target.y };
    case 'left':
      return { x: target.x - card.width - GAP, y: target.y };
    case 'bottom':
      return { x: target.x, y: target.y + target.height + GAP };
    case 'top':
      return { x: target.x, y: target.y - card.height - GAP };
  }
}

/** How far the card at `at` reaches past each edge of the viewport less the margin (> 0: it does). */
function overflow(at: Placed, card: Size, view: Size): Record<Side, number> {
  return {
    top: MARGIN - at.y,
    left: MARGIN - at.x,
    bottom: at.y + card.height - view.height + MARGIN,
    right: at.x + card.width - view.width + MARGIN,
  };
}

/** The edges checked for a side: the side itself, then the two along the alignment (the far one first). */
function checkedEdges(side: Side, target: Box, card: Size): [Side, Side, Side] {
  const vertical = side === 'right' || side === 'left';
  let far: Side = vertical ? 'bottom' : 'right';
  // A target longer than the card along the alignment: the near edge is the one at risk.
  if (vertical ? target.height > card.height : target.width > card.width) far = OPPOSITE[far];
  return [side, far, OPPOSITE[far]];
}

/** Where a card of `card`'s size goes beside the target's box: to its right, else its left, else below or above
 *  (the first side where it fits; else the one that fits on its own side and overflows least along it; else the
 *  one that overflows least), then moved inside the viewport. Beside rather than below: below a field is where the
 *  form's own button usually is. */
export function placeBeside(win: Window, target: Box, card: Size): Placed {
  const view = { width: win.innerWidth, height: win.innerHeight };
  const tried = SIDES.map((side) => {
    const at = besideOn(side, target, card);
    const over = overflow(at, card, view);
    return { at, overflows: checkedEdges(side, target, card).map((edge) => over[edge]) };
  });
  const chosen =
    tried.find((t) => t.overflows.every((o) => o <= 0)) ??
    tried
      .filter((t) => (t.overflows[0] as number) <= 0)
      .sort((a, b) => (a.overflows[1] as number) - (b.overflows[1] as number))[0] ??
    tried
      .map((t) => ({ t, total: t.overflows.filter((o) => o > 0).reduce((sum, o) => sum + o, 0) }))
      .sort((a, b) => a.total - b.total)[0]?.t;
  const at = (chosen as (typeof tried)[number]).at;
  const clamp = (value: number, size: number, room: number) =>
    Math.max(MARGIN, Math.min(value, room - size - MARGIN));
  return {
    x: Math.round(clamp(at.x, card.width, view.width)),
    y: Math.round(clamp(at.y, card.height, view.height)),
  };
}

/** Where the card goes when there is nothing to point at: the bottom right corner, clear of the page's content. */
export function placeInCorner(win: Window, card: Size): Placed {
  return {
    x: Math.max(MARGIN, win.innerWidth - card.width - 16),
    y: Math.max(MARGIN, win.innerHeight - card.height - 16),
  };
}
