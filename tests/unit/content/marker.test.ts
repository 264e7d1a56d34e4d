// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { createMarker, MARKER } from '../../../src/content/marker.ts';

describe('the data-onss-guide-target marker', () => {
  it('is carried by exactly the element pointed at, and moves with it', () => {
    document.body.innerHTML = '<button id="a"></button><button id="b"></button>';
    const [a, b] = [document.getElementById('a'), document.getElementById('b')] as HTMLElement[];
    const marker = createMarker(document);
    marker.set(a as HTMLElement, 'grant.add-user');
    expect(a?.getAttribute(MARKER)).toBe('grant.add-user');
    marker.set(b as HTMLElement, 'grant.niss');
    expect(document.querySelectorAll(`[${MARKER}]`)).toHaveLength(1);
    expect(b?.getAttribute(MARKER)).toBe('grant.niss');
    marker.set(null, null);
    expect(document.querySelectorAll(`[${MARKER}]`)).toHaveLength(0);
  });

  it('removes it from copies the page made of the marked element', () => {
    document.body.innerHTML = '<button id="a"></button>';
    const a = document.getElementById('a') as HTMLElement;
    const marker = createMarker(document);
    marker.set(a, 'grant.save');
    document.body.append(a.cloneNode(true));
    marker.set(a, 'grant.save');
    expect(document.querySelectorAll(`[${MARKER}]`)).toHaveLength(1);
  });
});
