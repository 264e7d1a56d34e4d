import { computePosition, flip, offset, type Platform, type Rect, shift } from '@floating-ui/core';

// Floating UI's core with a platform of our own: the card lives in a fixed, full-viewport layer in the top layer, so
// every coordinate is a viewport coordinate and the clipping area is the viewport. That is all @floating-ui/dom
// would compute here, for ~8 KB more of the content script.

export const GAP = 12;
const MARGIN = 8;

export function viewportPlatform(win: Window): Platform {
  return {
    getElementRects: ({ reference, floating }) => ({
      reference: reference as Rect,
      floating: {
        x: 0,
        y: 0,
        width: (floating as HTMLElement).offsetWidth,
        height: (floating as HTMLElement).offsetHeight,
      },
    }),
    getDimensions: (element) => ({
      width: (element as HTMLElement).offsetWidth,
      height: (element as HTMLElement).offsetHeight,
    }),
    getClippingRect: () => ({ x: 0, y: 0, width: win.innerWidth, height: win.innerHeight }),
  };
}

export interface Placed {
  x: number;
  y: number;
}

/** Where the card goes beside the target's rectangle (viewport coordinates): to its right, else its left, else
 *  below or above. Beside rather than below: below a field is where the form's own button usually is. */
export async function placeBeside(win: Window, target: Rect, card: HTMLElement): Promise<Placed> {
  const { x, y } = await computePosition(target, card, {
    platform: viewportPlatform(win),
    strategy: 'fixed',
    placement: 'right-start',
    middleware: [
      offset(GAP),
      flip({ fallbackPlacements: ['left-start', 'bottom-start', 'top-start'], padding: MARGIN }),
      shift({ padding: MARGIN, crossAxis: true }),
    ],
  });
  return { x: Math.round(x), y: Math.round(y) };
}

/** Where the card goes when there is nothing to point at: the bottom right corner, clear of the page's content. */
export function placeInCorner(win: Window, card: HTMLElement): Placed {
  return {
    x: Math.max(MARGIN, win.innerWidth - card.offsetWidth - 16),
    y: Math.max(MARGIN, win.innerHeight - card.offsetHeight - 16),
  };
}
