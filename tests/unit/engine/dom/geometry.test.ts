import { describe, expect, it } from 'vitest';
import {
  type Box,
  clipCollapses,
  clipPathCollapses,
  clipTo,
  isOffScreen,
  isSliver,
  type StyleFacts,
} from '../../../../src/engine/dom/geometry.ts';

// The geometry of "displayed but not seen" (visibility.ts measures in a real browser; these are the numbers).

const box = (left: number, top: number, right: number, bottom: number): Box => ({ left, top, right, bottom });
const style = (overflowX: string, overflowY = overflowX): StyleFacts => ({
  position: 'static',
  overflowX,
  overflowY,
  clip: 'auto',
  clipPath: 'none',
});

describe('clipTo', () => {
  const parent = box(0, 0, 100, 50);
  it('cuts on the axes whose overflow is hidden or clip, each apart', () => {
    expect(clipTo(box(-20, 40, 80, 90), parent, style('hidden'))).toEqual(box(0, 40, 80, 50));
    expect(clipTo(box(-20, 40, 80, 90), parent, style('clip', 'visible'))).toEqual(box(0, 40, 80, 90));
    expect(clipTo(box(-20, 40, 80, 90), parent, style('visible', 'hidden'))).toEqual(box(-20, 40, 80, 50));
  });
  it('cuts nothing where a person can scroll to what overflows', () => {
    for (const overflow of ['visible', 'auto', 'scroll'])
      expect(clipTo(box(-20, 40, 80, 90), parent, style(overflow))).toBeNull();
  });
  it('leaves an empty box for a child entirely outside its clipping parent', () => {
    const cut = clipTo(box(200, 10, 260, 30), parent, style('hidden'));
    expect(cut && cut.right - cut.left).toBeLessThanOrEqual(0);
  });
});

describe('isSliver', () => {
  it('the sr-only 1px box shows nothing; 2px does', () => {
    expect(isSliver(box(0, 0, 1, 1))).toBe(true);
    expect(isSliver(box(0, 0, 200, 1))).toBe(true);
    expect(isSliver(box(0, 0, 1, 40))).toBe(true);
    expect(isSliver(box(0, 0, 2, 2))).toBe(false);
    expect(isSliver(box(10, 10, 120, 40))).toBe(false);
  });
});

describe('isOffScreen', () => {
  it('left or above the origin is out of reach; right or below can be scrolled to', () => {
    expect(isOffScreen(box(-10000, 10, -9900, 30), 0, 0)).toBe(true);
    expect(isOffScreen(box(10, -500, 100, -480), 0, 0)).toBe(true);
    expect(isOffScreen(box(10000, 10, 10100, 30), 0, 0)).toBe(false);
    expect(isOffScreen(box(10, 5000, 100, 5020), 0, 0)).toBe(false);
  });
  it('counts the scroll offsets: a box above the viewport of a scrolled page is still on the page', () => {
    expect(isOffScreen(box(10, -300, 100, -280), 0, 600)).toBe(false);
    expect(isOffScreen(box(10, -700, 100, -650), 0, 600)).toBe(true);
    expect(isOffScreen(box(-200, 10, -100, 30), 150, 0)).toBe(false);
  });
  it('a box straddling the origin is partly visible', () => {
    expect(isOffScreen(box(-50, 10, 20, 30), 0, 0)).toBe(false);
  });
});

describe('clipCollapses', () => {
  it('rect() with no width or no height hides the box', () => {
    expect(clipCollapses('rect(0px, 0px, 0px, 0px)')).toBe(true);
    expect(clipCollapses('rect(1px 1px 1px 1px)')).toBe(true);
    expect(clipCollapses('rect(0px, 120px, 0px, 0px)')).toBe(true);
  });
  it('a rect with area, auto sides, or no rect at all hides nothing', () => {
    expect(clipCollapses('rect(0px, 120px, 30px, 0px)')).toBe(false);
    expect(clipCollapses('rect(auto, auto, auto, auto)')).toBe(false);
    expect(clipCollapses('rect(0px, auto, 0px, auto)')).toBe(true);
    expect(clipCollapses('auto')).toBe(false);
    expect(clipCollapses('rect(0px, 0px)')).toBe(false);
  });
});

describe('clipPathCollapses', () => {
  it('inset() whose opposite sides meet hides the box, in px or %', () => {
    expect(clipPathCollapses('inset(50%)', 120, 30)).toBe(true);
    expect(clipPathCollapses('inset(0px 60px 0px 60px)', 120, 30)).toBe(true);
    expect(clipPathCollapses('inset(15px 0px)', 120, 30)).toBe(true);
    expect(clipPathCollapses('inset(50% round 4px)', 120, 30)).toBe(true);
  });
  it('an inset that leaves an area, a round corner, or another shape shows something', () => {
    expect(clipPathCollapses('inset(0px)', 120, 30)).toBe(false);
    expect(clipPathCollapses('inset(5px round 50%)', 120, 30)).toBe(false);
    expect(clipPathCollapses('inset(10%)', 120, 30)).toBe(false);
    expect(clipPathCollapses('polygon(0 0, 100% 0, 100% 100%)', 120, 30)).toBe(false);
    expect(clipPathCollapses('none', 120, 30)).toBe(false);
  });
  it('a circle or ellipse of radius 0 hides the box; a positive radius does not', () => {
    expect(clipPathCollapses('circle(0px at 50% 50%)', 120, 30)).toBe(true);
    expect(clipPathCollapses('ellipse(0px 10px)', 120, 30)).toBe(true);
    expect(clipPathCollapses('circle(40% at 0 0)', 120, 30)).toBe(false);
    expect(clipPathCollapses('circle(10px at 0px 0px)', 120, 30)).toBe(false);
  });
});
