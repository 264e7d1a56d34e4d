import { computePosition, flip, offset, type Platform, type Rect, shift } from '@floating-ui/core';
import { describe, expect, it } from 'vitest';
import { GAP, placeBeside, placeInCorner, type Size } from '../../../src/content/overlay/position.ts';

// The card's placement is Floating UI's right-start + offset + flip + shift, written out synchronously: checked
// here against the library itself over many targets, card sizes and viewports.

const view = (width: number, height: number) => ({ innerWidth: width, innerHeight: height }) as Window;

async function floatingUi(win: Window, target: Rect, card: Size) {
  const platform: Platform = {
    getElementRects: ({ reference }) => ({
      reference: reference as Rect,
      floating: { x: 0, y: 0, ...card },
    }),
    getDimensions: () => card,
    getClippingRect: () => ({ x: 0, y: 0, width: win.innerWidth, height: win.innerHeight }),
  };
  const { x, y } = await computePosition(target, card, {
    platform,
    strategy: 'fixed',
    placement: 'right-start',
    middleware: [
      offset(GAP),
      flip({ fallbackPlacements: ['left-start', 'bottom-start', 'top-start'], padding: 8 }),
      shift({ padding: 8, crossAxis: true }),
    ],
  });
  return { x: Math.round(x), y: Math.round(y) };
}

/** A small deterministic generator (the cases are the same on every run). */
function random(seed: number) {
  let s = seed;
  return (max: number) => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return Math.floor((s / 2147483648) * max);
  };
}

describe('placeBeside', () => {
  it('puts the card to the right of the target, top-aligned, with the gap', () => {
    expect(
      placeBeside(view(1280, 800), { x: 96, y: 196, width: 168, height: 38 }, { width: 360, height: 200 }),
    ).toEqual({ x: 96 + 168 + GAP, y: 196 });
  });

  it('flips to the left, below or above when the right has no room, and stays in the viewport', () => {
    const card = { width: 360, height: 200 };
    expect(placeBeside(view(1280, 800), { x: 1000, y: 100, width: 200, height: 30 }, card).x).toBe(
      1000 - 360 - GAP,
    );
    const wide = placeBeside(view(800, 800), { x: 20, y: 100, width: 760, height: 30 }, card);
    expect(wide).toEqual({ x: 20, y: 100 + 30 + GAP });
    const low = placeBeside(view(800, 600), { x: 20, y: 560, width: 760, height: 30 }, card);
    expect(low).toEqual({ x: 20, y: 560 - 200 - GAP });
  });

  it('places the card exactly where Floating UI would, over 2,000 generated cases', async () => {
    const next = random(42);
    for (let i = 0; i < 2000; i++) {
      const win = view(300 + next(1400), 200 + next(900));
      const target = {
        x: next(win.innerWidth + 200) - 100,
        y: next(win.innerHeight + 200) - 100,
        width: next(900),
        height: next(400),
      };
      const card = { width: 50 + next(400), height: 40 + next(600) };
      expect(
        placeBeside(win, target, card),
        JSON.stringify({ win: [win.innerWidth, win.innerHeight], target, card }),
      ).toEqual(await floatingUi(win, target, card));
    }
  });
});

describe('placeInCorner', () => {
  it('puts the card in the bottom right corner', () => {
    expect(placeInCorner(view(1280, 800), { width: 360, height: 200 })).toEqual({
      x: 1280 - 360 - 16,
      y: 800 - 200 - 16,
    });
  });
});
