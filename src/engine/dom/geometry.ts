// Hidden by geometry: boxes a person cannot see although they are displayed, visible and opaque — moved out of the
// page's scrollable area (left:-9999px), clipped to nothing (clip, clip-path) or squeezed into a 1px box whose
// overflow is hidden (the "sr-only" pattern). Pure functions over numbers and computed-style strings, so they are
// unit-tested without layout; visibility.ts feeds them what a real browser measures (jsdom measures nothing).

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** What visibility.ts reads of an element's computed style. */
export interface StyleFacts {
  position: string;
  overflowX: string;
  overflowY: string;
  clip: string;
  clipPath: string;
}

/** A box this thin shows nothing a person could read or click (the sr-only pattern's 1px). */
const SLIVER = 1;

/** `overflow: hidden` or `clip` cuts what overflows, on each axis apart; `auto`/`scroll` only hide what a person can
 *  scroll to, so they cut nothing here. */
const CUTS = new Set(['hidden', 'clip']);

/** What of `box` stays inside `clipper` along the axes whose overflow `s` cuts (see CUTS), or null if none. */
export function clipTo(box: Box, clipper: Box, s: StyleFacts): Box | null {
  const x = CUTS.has(s.overflowX);
  const y = CUTS.has(s.overflowY);
  if (!x && !y) return null;
  return {
    left: x ? Math.max(box.left, clipper.left) : box.left,
    right: x ? Math.min(box.right, clipper.right) : box.right,
    top: y ? Math.max(box.top, clipper.top) : box.top,
    bottom: y ? Math.min(box.bottom, clipper.bottom) : box.bottom,
  };
}

export const isSliver = (box: Box): boolean =>
  box.right - box.left <= SLIVER || box.bottom - box.top <= SLIVER;

/**
 * Entirely above or left of the document's origin (viewport box plus scroll offsets): no scrolling reaches it. Boxes
 * far right or below widen the scrollable area instead, so they can be scrolled to. Left-to-right pages only, as
 * the portal's are.
 */
export const isOffScreen = (box: Box, scrollX: number, scrollY: number): boolean =>
  box.right + scrollX <= 0 || box.bottom + scrollY <= 0;

const NUMBER = /-?\d*\.?\d+(?:e-?\d+)?/gi;

/** `clip: rect(t, r, b, l)` (absolutely positioned boxes) that leaves no area; `auto` sides do not collapse. */
export function clipCollapses(clip: string): boolean {
  const m = /^rect\((.*)\)$/.exec(clip.trim());
  if (!m) return false;
  const sides = (m[1] ?? '').split(/[\s,]+/).filter(Boolean);
  if (sides.length !== 4) return false;
  const [top, right, bottom, left] = sides.map((s) => (s === 'auto' ? null : Number.parseFloat(s)));
  const flat = (a: number | null | undefined, b: number | null | undefined) =>
    a !== null && a !== undefined && b !== null && b !== undefined && a - b <= SLIVER;
  return flat(right, left) || flat(bottom, top);
}

/**
 * `clip-path` that leaves no area of a box `width` × `height`: inset() whose opposite sides meet (inset(50%)), or a
 * circle/ellipse of radius 0. Other shapes are taken as showing something.
 */
export function clipPathCollapses(clipPath: string, width: number, height: number): boolean {
  const value = clipPath.trim();
  const inset = /^inset\(([^)]*)\)/.exec(value);
  if (inset) {
    // Only the offsets: a `round` radius after them changes no area that matters here.
    const offsets =
      (inset[1] ?? '')
        .split(/\s+round\s+/)[0]
        ?.trim()
        .split(/\s+/) ?? [];
    if (offsets.length === 0 || offsets.length > 4) return false;
    const [t, r = t, b = t, l = r] = offsets;
    const px = (v: string | undefined, size: number) =>
      v?.endsWith('%') ? (Number.parseFloat(v) / 100) * size : Number.parseFloat(v ?? '0');
    return width - px(r, width) - px(l, width) <= SLIVER || height - px(t, height) - px(b, height) <= SLIVER;
  }
  const round = /^(?:circle|ellipse)\(([^)]*)\)/.exec(value);
  if (round) {
    const radii = (round[1] ?? '').split(/\s+at\s+/)[0]?.match(NUMBER) ?? [];
    return radii.length > 0 && radii.some((n) => Number.parseFloat(n) === 0);
  }
  return false;
}
