// Where the card goes: pure geometry over viewport rectangles (the overlay is a fixed, full-viewport layer, so the
// clipping area is the viewport). The card must never cover what the client has to act on or read: the target, the
// fields of its form, the portal's own messages ("hard" boxes); it should also keep off the target's row and the
// rest of its form ("soft" boxes). Among the places that clear every hard box, the one covering the least soft area
// wins, then the one nearest the target (the eye goes from the card to the target), then the first tried (beside
// the target, to its right). When no place clears the hard boxes, there is none: the overlay shows a small badge.

export const GAP = 12;
const MARGIN = 8;
/** Kept clear around a hard box, so that the card never touches what the client reads. */
const CLEARANCE = 6;
/** More boxes than this: only the ones nearest the target count (a long table's far rows cannot be reached). */
const MAX_BOXES = 80;

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

export interface Avoid {
  /** Never covered: the target, its form's fields, the portal's messages. */
  hard: readonly Box[];
  /** Covered as little as possible: the target's row, its form. */
  soft: readonly Box[];
}

const NONE: Avoid = { hard: [], soft: [] };

function overlapArea(a: Box, b: Box): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

/** The distance between two boxes (0 when they touch or overlap). */
export function distance(a: Box, b: Box): number {
  const dx = Math.max(0, a.x - (b.x + b.width), b.x - (a.x + a.width));
  const dy = Math.max(0, a.y - (b.y + b.height), b.y - (a.y + a.height));
  return Math.hypot(dx, dy);
}

function grow(box: Box, by: number): Box {
  return { x: box.x - by, y: box.y - by, width: box.width + 2 * by, height: box.height + 2 * by };
}

function visibleIn(view: Size, box: Box): boolean {
  return box.x < view.width && box.y < view.height && box.x + box.width > 0 && box.y + box.height > 0;
}

function nearest(boxes: readonly Box[], to: Box | null): Box[] {
  if (boxes.length <= MAX_BOXES || !to) return boxes.slice(0, MAX_BOXES);
  return [...boxes].sort((a, b) => distance(a, to) - distance(b, to)).slice(0, MAX_BOXES);
}

/** Candidate left edges (or top edges, with the vertical values): the viewport's edges, beside the target, and
 *  beside every box to avoid. */
function edges(start: number, room: number, size: number, boxes: readonly [number, number][]): number[] {
  const values = [start, MARGIN, room - size - MARGIN];
  for (const [from, length] of boxes) values.push(from + length + GAP, from - size - GAP);
  const clamped = values.map((v) => Math.round(Math.max(MARGIN, Math.min(v, room - size - MARGIN))));
  return [...new Set(clamped)];
}

/**
 * Where a card of `card`'s size goes, given the target (or none) and the boxes to avoid; null when no place keeps
 * clear of every hard box.
 */
export function placeCard(view: Size, card: Size, target: Box | null, avoid: Avoid = NONE): Placed | null {
  const hard = nearest(
    [...(target ? [target] : []), ...avoid.hard].filter((b) => visibleIn(view, b)),
    target,
  ).map((b) => grow(b, CLEARANCE));
  const soft = nearest(
    avoid.soft.filter((b) => visibleIn(view, b)),
    target,
  );
  const all = [...hard, ...soft];
  const xs = edges(
    target ? target.x + target.width + GAP : view.width - card.width - 16,
    view.width,
    card.width,
    all.map((b) => [b.x, b.width]),
  );
  const ys = edges(
    target ? target.y : view.height - card.height - 16,
    view.height,
    card.height,
    all.map((b) => [b.y, b.height]),
  );
  let best: { at: Placed; soft: number; near: number } | null = null;
  for (const y of ys)
    for (const x of xs) {
      const box = { x, y, ...card };
      if (hard.some((h) => overlapArea(box, h) > 0)) continue;
      const covered = soft.reduce((sum, s) => sum + overlapArea(box, s), 0);
      const near = target ? distance(box, target) : 0;
      if (!best || covered < best.soft || (covered === best.soft && near < best.near))
        best = { at: { x, y }, soft: covered, near };
    }
  return best?.at ?? null;
}

/** A place the person chose (by dragging or with the keyboard), kept inside the viewport. */
export function keepInView(view: Size, card: Size, at: Placed): Placed {
  return {
    x: Math.round(Math.max(MARGIN, Math.min(at.x, view.width - card.width - MARGIN))),
    y: Math.round(Math.max(MARGIN, Math.min(at.y, view.height - card.height - MARGIN))),
  };
}

/** Whether a card at `at` keeps clear of every hard box (a place the person chose is kept while it does). */
export function clearOf(card: Size, at: Placed, target: Box | null, avoid: Avoid): boolean {
  const box = { ...at, ...card };
  return [...(target ? [target] : []), ...avoid.hard].every((h) => overlapArea(box, h) === 0);
}

/**
 * The dimmed part of the viewport as a clip path: everything but the holes (the target, the portal's messages).
 * Overlapping holes are merged first: with the even-odd rule, two overlapping holes would dim their overlap again.
 */
export function dimPath(view: Size, holes: readonly Box[]): string {
  const merged: Box[] = [];
  for (const hole of holes.filter((h) => visibleIn(view, h))) {
    let box = hole;
    for (let i = merged.length - 1; i >= 0; i--) {
      const other = merged[i] as Box;
      if (overlapArea(grow(box, 1), other) > 0) {
        const x = Math.min(box.x, other.x);
        const y = Math.min(box.y, other.y);
        box = {
          x,
          y,
          width: Math.max(box.x + box.width, other.x + other.width) - x,
          height: Math.max(box.y + box.height, other.y + other.height) - y,
        };
        merged.splice(i, 1);
        i = merged.length;
      }
    }
    merged.push(box);
  }
  const rect = (b: Box) =>
    `M${Math.round(b.x)} ${Math.round(b.y)}h${Math.round(b.width)}v${Math.round(b.height)}h${-Math.round(b.width)}Z`;
  return `path(evenodd,"${[rect({ x: 0, y: 0, ...view }), ...merged.map(rect)].join('')}")`;
}
