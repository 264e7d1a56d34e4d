// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CardModel } from '../../../src/content/overlay/card.ts';
import { isOverlayHost, pageFont } from '../../../src/content/overlay/host.ts';
import { createOverlay, type Overlay } from '../../../src/content/overlay/overlay.ts';
import { CSS } from '../../../src/content/overlay/styles.ts';

/** The overlay's host: its name is random (a page cannot define it first). */
const overlayHostOf = (doc: Document) => [...doc.documentElement.children].find(isOverlayHost) ?? null;

const until = async (condition: () => boolean) => {
  await vi.waitFor(() => {
    if (!condition()) throw new Error('not yet');
  });
};

function rect(x: number, y: number, width: number, height: number): DOMRect {
  return {
    x,
    y,
    left: x,
    top: y,
    width,
    height,
    right: x + width,
    bottom: y + height,
    toJSON: () => ({}),
  } as DOMRect;
}

function model(overrides: Partial<CardModel> = {}): CardModel {
  return {
    lang: 'nl',
    count: 'Stap 3 van 14',
    title: 'Klik op « Gebruiker toevoegen »',
    notes: [{ tone: 'warn', text: 'Niet « Aangifte DmfA »', code: '70.04.12-436.23' }],
    actions: [{ id: 'done', label: 'Klaar', run: () => undefined, primary: true }],
    ...overrides,
  };
}

describe('overlay', () => {
  let overlay: Overlay;
  let target: HTMLElement;
  let shadow: ShadowRoot;

  beforeEach(() => {
    document.head.innerHTML =
      '<style>onss-access-guide, [popover], * { display: none !important; pointer-events: auto !important }</style>';
    document.body.innerHTML = '<button id="t">Gebruiker toevoegen</button>';
    target = document.getElementById('t') as HTMLElement;
    target.getBoundingClientRect = () => rect(100, 200, 160, 30);
    overlay = createOverlay(document);
    overlay.show(model(), target);
    shadow = overlay.card.getRootNode() as ShadowRoot;
  });
  afterEach(() => {
    overlay.hide();
    overlayHostOf(document)?.remove();
  });

  const host = () => overlayHostOf(document) as HTMLElement;

  it('lives in a closed shadow root attached to the root element', () => {
    expect(host().parentElement).toBe(document.documentElement);
    expect(host().shadowRoot).toBeNull();
    expect(shadow).toBeInstanceOf(ShadowRoot);
    expect(document.querySelector('.card')).toBeNull();
  });

  // Inline !important declarations win over any page rule in a real browser (jsdom's cascade does not model
  // this: the e2e tests check the computed style in Chromium and Firefox).
  it('declares its layout inline and !important, so page CSS cannot hide it or make it catch clicks', () => {
    for (const [property, value] of [
      ['display', 'block'],
      ['pointer-events', 'none'],
      ['position', 'fixed'],
      ['z-index', '2147483647'],
      ['visibility', 'visible'],
    ]) {
      expect(host().style.getPropertyValue(property as string)).toBe(value);
    }
    expect(host().style.getPropertyPriority('display')).toBe('important');
  });

  it("sets the card's text in the page's font family and base size, which the host passes down", () => {
    // jsdom computes no family for an unstyled page: a generic one then.
    expect(host().style.getPropertyValue('font-family')).toBe('sans-serif');
    expect(host().style.getPropertyPriority('font-family')).toBe('important');
    const page = (fontFamily: string, fontSize: string) =>
      pageFont({ getComputedStyle: () => ({ fontFamily, fontSize }) } as unknown as Window, document);
    expect(page('Verdana, sans-serif', '15px')).toEqual({ family: 'Verdana, sans-serif', size: '15px' });
    // A base size no one could read the card in (a page that sizes its text in rem on a tiny root) is not taken.
    expect(page('Arial', '10px').size).toBe('14px');
    expect(page('Arial', '28px').size).toBe('14px');
    expect(page('Arial', '').size).toBe('14px');
  });

  // Any other font, size or weight than the page's, or a glyph its font lacks, costs the first card in each new
  // renderer process font look-ups in the browser process (milliseconds, on every change of site).
  it('names no font and no size in its style sheet, and draws its signs instead of writing glyphs', () => {
    expect(CSS).not.toMatch(/font-family|font-size|font:(?!inherit)|monospace|system-ui|\d+px\/|ui-/);
    expect(CSS).toMatch(/^[\x20-\x7e\n]*$/);
    for (const control of overlay.card.querySelectorAll('button[data-ui]:not([data-ui=more])'))
      expect(control.textContent).toBe('');
  });

  it('renders step count, instruction, notes and controls in the page language', () => {
    const card = overlay.card;
    expect(card.lang).toBe('nl');
    expect(card.querySelector('.count')?.textContent).toBe('Stap 3 van 14');
    expect(card.querySelector('.title')?.textContent).toBe('Klik op « Gebruiker toevoegen »');
    expect(card.querySelector('.note.warn .code')?.textContent).toBe('70.04.12-436.23');
    expect(card.getAttribute('role')).toBe('dialog');
    expect(shadow.querySelector('[role=status]')?.textContent).toBe('Klik op « Gebruiker toevoegen »');
  });

  it('runs a control when clicked, and keeps the same buttons (and focus) when nothing changed', () => {
    const run = vi.fn();
    overlay.show(model({ actions: [{ id: 'done', label: 'Klaar', run }] }), target);
    const button = overlay.card.querySelector('[data-action=done]') as HTMLButtonElement;
    button.click();
    expect(run).toHaveBeenCalledOnce();
    overlay.show(model({ actions: [{ id: 'done', label: 'Klaar', run }] }), target);
    expect(overlay.card.querySelector('[data-action=done]')).toBe(button);
  });

  it('never turns page text into markup', () => {
    overlay.show(model({ title: '<img src=x onerror=alert(1)>' }), target);
    expect(overlay.card.querySelector('img')).toBeNull();
    expect(overlay.card.querySelector('.title')?.textContent).toBe('<img src=x onerror=alert(1)>');
  });

  it('draws the spotlight around the target and places the card beside it', async () => {
    const spot = shadow.querySelector('.spot') as HTMLElement;
    expect(spot.hidden).toBe(false);
    expect([spot.style.left, spot.style.top, spot.style.width, spot.style.height]).toEqual([
      '96px',
      '196px',
      '168px',
      '38px',
    ]);
    await until(() => overlay.card.style.top !== '');
    // To the right of the spotlight (right-start), with the gap.
    expect(overlay.card.style.left).toBe(`${96 + 168 + 12}px`);
    expect(overlay.card.style.top).toBe('196px');
  });

  it('follows the target when it moves', () => {
    target.getBoundingClientRect = () => rect(10, 20, 160, 30);
    overlay.reposition();
    expect((shadow.querySelector('.spot') as HTMLElement).style.top).toBe('16px');
  });

  it('covers what names a field only where no place clears it, and never becomes a badge for it', () => {
    document.body.innerHTML = '<form><input type="checkbox" id="box"><label for="box">Ecaro</label></form>';
    const box = document.getElementById('box') as HTMLElement;
    box.getBoundingClientRect = () => rect(100, 200, 16, 16);
    // A label as large as the viewport: no place clears it.
    (document.querySelector('label') as HTMLElement).getBoundingClientRect = () =>
      rect(0, 0, window.innerWidth, window.innerHeight);
    Object.defineProperty(overlay.card, 'offsetWidth', { configurable: true, value: 360 });
    Object.defineProperty(overlay.card, 'offsetHeight', { configurable: true, value: 220 });
    overlay.show(model({ title: 'Cochez les droits' }), box);
    expect(overlay.card.hidden).toBe(false);
    expect((shadow.querySelector('.badge') as HTMLElement).hidden).toBe(true);
    // Beside the box, never over it (the box is still hard).
    const left = Number.parseFloat(overlay.card.style.left);
    const top = Number.parseFloat(overlay.card.style.top);
    expect(left >= 100 + 16 || top >= 200 + 16 || left + 360 <= 100 || top + 220 <= 200).toBe(true);
  });

  it('shows the card alone, with no spotlight, when there is nothing to point at', () => {
    overlay.show(model({ title: 'Zoek « Toegangsbeheer »' }), null);
    expect((shadow.querySelector('.spot') as HTMLElement).hidden).toBe(true);
    expect(overlay.card.hidden).toBe(false);
  });

  it('hides everything and says nothing more when hidden', () => {
    overlay.hide();
    expect(overlay.visible).toBe(false);
    expect(overlay.card.hidden).toBe(true);
    expect((shadow.querySelector('.spot') as HTMLElement).hidden).toBe(true);
    expect(shadow.querySelector('[role=status]')?.textContent).toBe('');
  });

  it('knows its own nodes and comes back when the page removes it', () => {
    expect(overlay.isOwn(host())).toBe(true);
    expect(overlay.isOwn(overlay.card)).toBe(true);
    expect(overlay.isOwn(target)).toBe(false);
    host().remove();
    overlay.show(model(), target);
    expect(host().isConnected).toBe(true);
  });
});
