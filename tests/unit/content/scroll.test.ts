// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { headerInset, reveal } from '../../../src/content/scroll.ts';

// Layout is faked (jsdom has none): rectangles and the element under a point are given by the test.

function rect(top: number, height: number, left = 0, width = 800): DOMRect {
  return {
    x: left,
    y: top,
    left,
    top,
    width,
    height,
    right: left + width,
    bottom: top + height,
    toJSON: () => ({}),
  } as DOMRect;
}

describe('bringing the target into view', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    (document as { elementsFromPoint?: unknown }).elementsFromPoint = undefined;
  });

  function page(headerHeight: number) {
    document.body.innerHTML =
      '<header id="h" style="position:fixed;top:0"><a>Menu</a></header><button id="t">Suivant</button>';
    const header = document.getElementById('h') as HTMLElement;
    header.getBoundingClientRect = () => rect(0, headerHeight);
    const link = header.querySelector('a') as HTMLElement;
    (document as { elementsFromPoint?: unknown }).elementsFromPoint = () => [link, header, document.body];
    return document.getElementById('t') as HTMLElement;
  }

  it('measures the fixed header covering the top of the viewport', () => {
    page(80);
    expect(headerInset(window)).toBe(80);
  });

  it('leaves a target already in clear view alone', () => {
    const target = page(80);
    target.getBoundingClientRect = () => rect(300, 30, 10, 100);
    const scrollBy = vi.spyOn(window, 'scrollBy').mockImplementation(() => undefined);
    target.scrollIntoView = vi.fn();
    reveal(window, target);
    expect(scrollBy).not.toHaveBeenCalled();
    expect(target.scrollIntoView).not.toHaveBeenCalled();
  });

  it('centres a target hidden under the header in the space below it, instantly', () => {
    const target = page(80);
    target.getBoundingClientRect = () => rect(40, 30, 10, 100);
    target.scrollIntoView = vi.fn();
    const scrollBy = vi.spyOn(window, 'scrollBy').mockImplementation(() => undefined);
    reveal(window, target);
    const wanted = 80 + (window.innerHeight - 80 - 30) / 2;
    expect(scrollBy).toHaveBeenCalledWith({ top: 40 - wanted, behavior: 'instant' });
  });
});
