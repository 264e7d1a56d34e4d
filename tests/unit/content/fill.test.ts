// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import {
  fillAndCheck,
  isShown,
  nissValueFor,
  refusalFor,
  setChecked,
  setValue,
} from '../../../src/content/fill.ts';

const DIGITS = '70041243623';
const FORMATTED = '70.04.12-436.23';
const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

function input(html: string): HTMLInputElement {
  document.body.innerHTML = `<form>${html}</form>`;
  return document.querySelector('input') as HTMLInputElement;
}

describe('the NISS in the format the field expects', () => {
  it.each([
    ['<input pattern="[0-9]{11}">', DIGITS],
    ['<input pattern="\\d{2}\\.\\d{2}\\.\\d{2}-\\d{3}\\.\\d{2}">', FORMATTED],
    ['<input maxlength="11" placeholder="YY.MM.DD-XXX.XX">', DIGITS],
    ['<input maxlength="15" placeholder="YY.MM.DD-XXX.XX">', FORMATTED],
    ['<input placeholder="00.00.00-000.00">', FORMATTED],
    ['<input placeholder="Numéro NISS">', DIGITS],
    ['<input placeholder="ex. 85.07.30-033.28">', FORMATTED],
    ['<input type="number">', DIGITS],
    ['<input inputmode="numeric" placeholder="00.00.00-000.00">', DIGITS],
    ['<input>', DIGITS],
  ])('%s → %s', (html, expected) => {
    expect(nissValueFor(input(html), DIGITS, FORMATTED)).toBe(expected);
  });

  it('falls back to the other hints when the pattern is not a valid expression', () => {
    expect(nissValueFor(input('<input pattern="[" maxlength="11">'), DIGITS, FORMATTED)).toBe(DIGITS);
  });
});

describe('what may be filled', () => {
  it('accepts a visible, editable text field of this document', () => {
    expect(refusalFor(input('<input type="text" name="niss">'), document)).toBeNull();
  });

  it.each([
    ['<input type="password">', 'secret'],
    ['<input autocomplete="current-password">', 'secret'],
    ['<input autocomplete="one-time-code">', 'secret'],
    ['<input type="hidden">', 'hidden'],
    ['<input hidden>', 'hidden'],
    ['<input style="visibility:hidden">', 'hidden'],
    ['<div style="display:none"><input></div>', 'hidden'],
    ['<input disabled>', 'not-editable'],
    ['<input readonly>', 'not-editable'],
    ['<input type="checkbox">', 'not-a-text-field'],
  ])('refuses %s (%s)', (html, reason) => {
    expect(refusalFor(input(html), document)).toBe(reason);
  });

  it('refuses elements that are not inputs, and inputs of another document', () => {
    document.body.innerHTML = '<textarea></textarea>';
    expect(refusalFor(document.querySelector('textarea') as Element, document)).toBe('not-a-text-field');
    const other = document.implementation.createHTMLDocument('');
    const foreign = other.createElement('input');
    other.body.append(foreign);
    expect(refusalFor(foreign, document)).toBe('other-document');
  });

  it('sees through an open shadow root when checking visibility', () => {
    document.body.innerHTML = '<div id="h" style="display:none"></div>';
    const shadow = (document.getElementById('h') as HTMLElement).attachShadow({ mode: 'open' });
    const field = document.createElement('input');
    shadow.append(field);
    expect(isShown(field)).toBe(false);
  });
});

describe('setting a value as a person would', () => {
  let field: HTMLInputElement;
  let seen: string[];
  beforeEach(() => {
    field = input('<input name="niss">');
    seen = [];
    for (const type of ['focus', 'input', 'change', 'blur'])
      field.addEventListener(type, () => seen.push(`${type}:${field.value}`));
  });

  it('focuses, sets, fires input then change, and blurs', () => {
    setValue(field, DIGITS);
    expect(seen).toEqual(['focus:', `input:${DIGITS}`, `change:${DIGITS}`, `blur:${DIGITS}`]);
  });

  it('goes through the prototype setter, past a framework tracking the instance property', () => {
    let tracked = '';
    const proto = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value');
    Object.defineProperty(field, 'value', {
      configurable: true,
      get() {
        return proto?.get?.call(this);
      },
      set(value: string) {
        tracked = value;
        proto?.set?.call(this, value);
      },
    });
    setValue(field, DIGITS);
    expect(tracked).toBe('');
    expect(field.value).toBe(DIGITS);
  });

  it('reads back a frame later: kept (even reformatted by the page) or reverted', async () => {
    field.addEventListener('change', () => {
      field.value = FORMATTED;
    });
    expect(await fillAndCheck(field, DIGITS, nextFrame)).toEqual({
      status: 'filled',
      value: DIGITS,
      previous: '',
    });

    const other = input('<input>');
    other.addEventListener('input', () => requestAnimationFrame(() => (other.value = '')));
    expect(await fillAndCheck(other, DIGITS, nextFrame)).toEqual({
      status: 'reverted',
      value: DIGITS,
      previous: '',
      found: '',
    });
  });
});

describe('ticking a box', () => {
  it('clicks it so the page handlers run, and reports whether it took', () => {
    document.body.innerHTML = '<input type="checkbox" id="a"><input type="checkbox" id="b" disabled>';
    const a = document.getElementById('a') as HTMLInputElement;
    let clicks = 0;
    a.addEventListener('click', () => clicks++);
    expect(setChecked(a, true)).toBe(true);
    expect(setChecked(a, true)).toBe(true);
    expect(clicks).toBe(1);
    expect(setChecked(a, false)).toBe(true);
    expect(a.checked).toBe(false);
    expect(setChecked(document.getElementById('b') as HTMLInputElement, true)).toBe(false);
  });

  it('says when the page refuses the tick', () => {
    document.body.innerHTML = '<input type="checkbox" id="a">';
    const a = document.getElementById('a') as HTMLInputElement;
    a.addEventListener('click', (event) => event.preventDefault());
    expect(setChecked(a, true)).toBe(false);
  });
});
