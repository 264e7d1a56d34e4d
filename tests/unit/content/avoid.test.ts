// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { boxesToAvoid, overLabels } from '../../../src/content/overlay/avoid.ts';
import { type Box, placeCard } from '../../../src/content/overlay/position.ts';

// What the card keeps clear of on a form: every field and what names it (label[for], a wrapping label, what
// aria-labelledby names, the row a field has to itself) as hard boxes, a row of several fields as a soft one. jsdom has no layout: each element's box is
// given by its data-box attribute.

const VIEW = { width: 1280, height: 800 };
const CARD = { width: 360, height: 220 };

const overlaps = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

function layOut(): void {
  vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(function (this: Element) {
    const [x = 0, y = 0, width = 0, height = 0] = (this.getAttribute('data-box') ?? '')
      .split(',')
      .map(Number);
    return { x, y, left: x, top: y, width, height, right: x + width, bottom: y + height, toJSON: () => ({}) };
  });
  Object.assign(window, { innerWidth: VIEW.width, innerHeight: VIEW.height });
}

/** A rights page in two columns: each row a box and its label; the target is the first box of the left column. */
function rightsPage(hows: readonly ('for' | 'wrap' | 'labelledby')[] = ['for', 'wrap', 'labelledby']): {
  target: Element;
  labels: Box[];
} {
  const row = (i: number, x: number, y: number, how: 'for' | 'wrap' | 'labelledby') => {
    const box = `${x},${y},16,16`;
    const label = `${x + 24},${y},240,18`;
    const line = `${x},${y - 4},300,26`;
    if (how === 'wrap')
      return `<div class="row" role="row" data-box="${line}"><label data-box="${label}"><input type="checkbox" data-box="${box}">Droit ${i}</label></div>`;
    if (how === 'for')
      return `<div role="row" data-box="${line}"><input type="checkbox" id="r${i}" data-box="${box}"><label for="r${i}" data-box="${label}">Droit ${i}</label></div>`;
    return `<div role="row" data-box="${line}"><input type="checkbox" aria-labelledby="n${i} h" data-box="${box}"><span id="n${i}" data-box="${label}">Droit ${i}</span></div>`;
  };
  const left = Array.from({ length: 9 }, (_, i) => row(i, 40, 120 + i * 40, hows[i % hows.length] ?? 'for'));
  const right = Array.from({ length: 9 }, (_, i) =>
    row(10 + i, 420, 120 + i * 40, hows[i % hows.length] ?? 'for'),
  );
  document.body.innerHTML =
    `<p id="h" data-box="40,80,600,20">Droits</p>` +
    `<form data-box="30,70,720,520">${left.join('')}${right.join('')}` +
    `<div role="row" data-box="40,516,700,26"><input data-box="40,520,100,18"><input data-box="200,520,100,18"></div>` +
    `<button data-box="40,560,120,30">Enregistrer</button></form>`;
  const labels = [...document.querySelectorAll('label, span[id]')].map((element) => {
    const [x = 0, y = 0, width = 0, height = 0] = (element.getAttribute('data-box') ?? '')
      .split(',')
      .map(Number);
    return { x, y, width, height };
  });
  return { target: document.querySelector('input') as Element, labels };
}

describe('boxesToAvoid', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    document.body.innerHTML = '';
  });

  it('keeps every field of the form and its labels (for, wrapping, aria-labelledby, its own row) hard', () => {
    layOut();
    const { target, labels } = rightsPage();
    const avoid = boxesToAvoid(document, target, () => false);
    for (const label of labels) expect(avoid.hard).toContainEqual(label);
    // The heading named by every box's aria-labelledby is a label too.
    expect(avoid.hard).toContainEqual({ x: 40, y: 80, width: 600, height: 20 });
    // A row with one field is its line (the label beside the box); a row of several fields is only soft.
    expect(avoid.hard).toContainEqual({ x: 420, y: 116, width: 300, height: 26 });
    expect(avoid.soft).toContainEqual({ x: 40, y: 516, width: 700, height: 26 });
    expect(avoid.hard).not.toContainEqual({ x: 40, y: 516, width: 700, height: 26 });
    // Where no place clears them, the card may cover labels (as little as it can), never a field.
    const asked = overLabels(avoid);
    for (const label of labels) expect(asked.hard).not.toContainEqual(label);
    for (const label of labels) expect(asked.soft).toContainEqual(label);
    expect(asked.hard).toContainEqual({ x: 420, y: 120, width: 16, height: 16 });
  });

  it('places the card clear of the right column’s labels, not only of its boxes', () => {
    layOut();
    const { target, labels } = rightsPage();
    const targetBox = { x: 40, y: 120, width: 16, height: 16 };
    const at = placeCard(
      VIEW,
      CARD,
      targetBox,
      boxesToAvoid(document, target, () => false),
    );
    expect(at).not.toBeNull();
    const card = { ...(at as { x: number; y: number }), ...CARD };
    for (const label of labels) expect(overlaps(card, label), JSON.stringify({ card, label })).toBe(false);
  });

  it('where it must cover labels, never those of a ticked or flagged box (the rows the client is asked to read)', () => {
    layOut();
    const { target } = rightsPage(['for']);
    const boxes = [...document.querySelectorAll('input[type=checkbox]')];
    boxes[17]?.setAttribute('checked', '');
    boxes[16]?.setAttribute('data-onss-guide-flag', 'wrong-right');
    const avoid = boxesToAvoid(document, target, () => false);
    const read = (i: number) => document.querySelector(`label[for=r${i}]`)?.getAttribute('data-box');
    expect(avoid.marked.map((b) => `${b.x},${b.y},${b.width},${b.height}`)).toEqual(
      expect.arrayContaining([read(17), read(18)]),
    );
    // A card this large has no place clear of every label on this page; covering as little as it can would land on
    // the two marked rows at the bottom of the right column.
    const big = { width: 700, height: 340 };
    const targetBox = { x: 40, y: 120, width: 16, height: 16 };
    expect(placeCard(VIEW, big, targetBox, avoid)).toBeNull();
    const anyLabel = placeCard(VIEW, big, targetBox, overLabels(avoid)) as { x: number; y: number };
    expect(avoid.marked.some((m) => overlaps({ ...anyLabel, ...big }, m))).toBe(true);
    const at = placeCard(VIEW, big, targetBox, overLabels(avoid, avoid.marked));
    expect(at).not.toBeNull();
    const card = { ...(at as { x: number; y: number }), ...big };
    for (const m of avoid.marked) expect(overlaps(card, m), JSON.stringify({ card, m })).toBe(false);
    for (const field of avoid.hard.filter((b) => b.width === 16)) expect(overlaps(card, field)).toBe(false);
  });
});
