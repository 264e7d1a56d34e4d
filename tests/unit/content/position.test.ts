import { describe, expect, it } from 'vitest';
import {
  type Box,
  clearOf,
  dimPath,
  distance,
  GAP,
  keepInView,
  placeCard,
  type Size,
} from '../../../src/content/overlay/position.ts';

// The card's placement over rectangles: it never covers the target, the form's fields or the portal's messages,
// covers the target's row and form as little as it can, and stays near the target.

const VIEW = { width: 1280, height: 800 };
const SMALL = { width: 1024, height: 700 };
const CARD = { width: 360, height: 220 };

const overlaps = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
const cardAt = (at: { x: number; y: number } | null, size: Size = CARD): Box => {
  if (!at) throw new Error('no place found');
  return { ...at, ...size };
};
const inside = (view: Size, box: Box) =>
  box.x >= 0 && box.y >= 0 && box.x + box.width <= view.width && box.y + box.height <= view.height;

/** A small deterministic generator (the cases are the same on every run). */
function random(seed: number) {
  let s = seed;
  return (max: number) => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return Math.floor((s / 2147483648) * max);
  };
}

describe('placeCard', () => {
  it('puts the card beside the target, to its right, with the gap, when nothing else is in the way', () => {
    const target = { x: 96, y: 196, width: 168, height: 38 };
    expect(placeCard(VIEW, CARD, target)).toEqual({ x: 96 + 168 + GAP, y: 196 });
  });

  it('goes to the left when the right has no room, and stays in the viewport', () => {
    const target = { x: 1000, y: 100, width: 200, height: 30 };
    const box = cardAt(placeCard(VIEW, CARD, target));
    expect(box.x + box.width).toBeLessThanOrEqual(1000);
    expect(inside(VIEW, box)).toBe(true);
    expect(distance(box, target)).toBeLessThanOrEqual(GAP + 6);
  });

  it('keeps off a message beside the target and off the fields of its form', () => {
    const target = { x: 300, y: 400, width: 120, height: 32 };
    const message = { x: 440, y: 380, width: 500, height: 60 };
    const fields = [
      { x: 300, y: 300, width: 400, height: 30 },
      { x: 300, y: 340, width: 400, height: 30 },
    ];
    const box = cardAt(placeCard(VIEW, CARD, target, { hard: [message, ...fields], soft: [] }));
    for (const hard of [target, message, ...fields]) expect(overlaps(box, hard)).toBe(false);
    expect(inside(VIEW, box)).toBe(true);
  });

  it("keeps off the labels of a rights page's right column, which only the boxes would not protect", () => {
    // Two columns of twenty rights (box, then its label) in a form that fills the viewport: no place above, below or
    // off the form.
    const form = { x: 0, y: 0, width: 1280, height: 800 };
    const column = (x: number) =>
      Array.from({ length: 20 }, (_, i) => ({
        box: { x, y: 120 + i * 30, width: 16, height: 16 },
        label: { x: x + 24, y: 120 + i * 30, width: 300, height: 18 },
      }));
    const rows = [...column(40), ...column(420)];
    const target = rows[0]?.box as Box;
    const boxes = rows.map((r) => r.box);
    const labels = rows.map((r) => r.label);
    // The boxes alone: the card lands on the right column's labels.
    const blind = cardAt(placeCard(VIEW, CARD, target, { hard: boxes, soft: [form] }));
    expect(labels.some((label) => overlaps(blind, label))).toBe(true);
    const box = cardAt(placeCard(VIEW, CARD, target, { hard: [...boxes, ...labels], soft: [form] }));
    for (const hard of [...boxes, ...labels]) expect(overlaps(box, hard)).toBe(false);
    expect(inside(VIEW, box)).toBe(true);
  });

  it('covers the target row less than a place that would cover it', () => {
    const target = { x: 40, y: 300, width: 20, height: 20 };
    const row = { x: 30, y: 296, width: 900, height: 28 };
    const box = cardAt(placeCard(VIEW, CARD, target, { hard: [], soft: [row] }));
    expect(overlaps(box, row)).toBe(false);
  });

  it('finds no place when every place would cover something to keep clear', () => {
    const target = { x: 600, y: 380, width: 40, height: 20 };
    const wall = [
      { x: 0, y: 0, width: 1280, height: 300 },
      { x: 0, y: 500, width: 1280, height: 300 },
    ];
    expect(placeCard(VIEW, CARD, target, { hard: wall, soft: [] })).toBeNull();
    // A badge fits where the card does not.
    const badge = cardAt(placeCard(VIEW, { width: 150, height: 34 }, target, { hard: wall, soft: [] }), {
      width: 150,
      height: 34,
    });
    for (const hard of [target, ...wall]) expect(overlaps(badge, hard)).toBe(false);
  });

  it('without a target, goes to the bottom right corner unless something is there', () => {
    expect(placeCard(VIEW, CARD, null)).toEqual({ x: 1280 - 360 - 16, y: 800 - 220 - 16 });
    const message = { x: 700, y: 500, width: 560, height: 280 };
    const box = cardAt(placeCard(VIEW, CARD, null, { hard: [message], soft: [] }));
    expect(overlaps(box, message)).toBe(false);
  });

  it('never covers a hard box and stays in the viewport, over 3,000 generated pages', () => {
    const next = random(7);
    let placed = 0;
    for (let i = 0; i < 3000; i++) {
      const view = i % 2 ? VIEW : SMALL;
      const size = { width: 280 + next(100), height: 120 + next(300) };
      const box = () => ({
        x: next(view.width),
        y: next(view.height),
        width: 10 + next(300),
        height: 10 + next(80),
      });
      const target = box();
      const hard = Array.from({ length: next(6) }, box);
      const soft = Array.from({ length: next(4) }, box);
      const at = placeCard(view, size, target, { hard, soft });
      if (!at) continue;
      placed++;
      const card = { ...at, ...size };
      for (const h of [target, ...hard])
        expect(overlaps(card, h), JSON.stringify({ view, card, h })).toBe(false);
      expect(inside(view, card)).toBe(true);
    }
    // Most generated pages leave room: the search does not give up easily.
    expect(placed).toBeGreaterThan(2400);
  });
});

describe('a place the person chose', () => {
  it('is kept inside the viewport, and tells whether it clears the hard boxes', () => {
    expect(keepInView(VIEW, CARD, { x: 2000, y: -50 })).toEqual({ x: 1280 - 360 - 8, y: 8 });
    const target = { x: 100, y: 100, width: 50, height: 20 };
    expect(clearOf(CARD, { x: 80, y: 90 }, target, { hard: [], soft: [] })).toBe(false);
    expect(clearOf(CARD, { x: 600, y: 90 }, target, { hard: [], soft: [] })).toBe(true);
  });
});

describe('dimPath', () => {
  it('dims the viewport with a hole per box, merging overlapping holes so none is dimmed twice', () => {
    expect(dimPath(VIEW, [{ x: 10, y: 20, width: 30, height: 40 }])).toBe(
      'path(evenodd,"M0 0h1280v800h-1280ZM10 20h30v40h-30Z")',
    );
    const merged = dimPath(VIEW, [
      { x: 10, y: 10, width: 100, height: 20 },
      { x: 50, y: 20, width: 100, height: 20 },
      { x: 500, y: 500, width: 10, height: 10 },
    ]);
    expect(merged).toBe('path(evenodd,"M0 0h1280v800h-1280ZM10 10h140v30h-140ZM500 500h10v10h-10Z")');
    // Off-screen boxes make no hole.
    expect(dimPath(VIEW, [{ x: -100, y: 0, width: 50, height: 50 }])).toBe(
      'path(evenodd,"M0 0h1280v800h-1280Z")',
    );
  });
});
