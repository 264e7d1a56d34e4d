// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { actionableFrom, startTeach } from '../../../src/content/teach.ts';

describe('teach mode', () => {
  it('captures the click before the page acts, and reports the element meant', () => {
    document.body.innerHTML =
      '<form><a href="#go" id="link"><span id="inner">Gestion des accès</span></a></form>';
    const own = document.createElement('div');
    document.body.append(own);
    const pageClick = vi.fn();
    const pageDown = vi.fn();
    document.getElementById('link')?.addEventListener('click', pageClick);
    document.getElementById('link')?.addEventListener('mousedown', pageDown);
    const onPick = vi.fn();
    const onHover = vi.fn();
    startTeach(window, { isOwn: (node) => node === own, onPick, onHover, onCancel: vi.fn() });

    const inner = document.getElementById('inner') as HTMLElement;
    inner.dispatchEvent(new MouseEvent('pointermove', { bubbles: true, composed: true }));
    expect(onHover).toHaveBeenCalledWith(document.getElementById('link'));
    inner.dispatchEvent(new MouseEvent('mousedown', { bubbles: true, cancelable: true, composed: true }));
    const click = new MouseEvent('click', { bubbles: true, cancelable: true, composed: true });
    inner.dispatchEvent(click);
    expect(pageDown).not.toHaveBeenCalled();
    expect(pageClick).not.toHaveBeenCalled();
    expect(click.defaultPrevented).toBe(true);
    expect(onPick).toHaveBeenCalledWith(document.getElementById('link'));

    // One pick only: the next click is the page's again.
    inner.click();
    expect(pageClick).toHaveBeenCalledOnce();
    expect(onPick).toHaveBeenCalledOnce();
  });

  it('lets clicks on the guide own card through, and Esc cancels', () => {
    document.body.innerHTML = '<button id="card">Annuler</button>';
    const own = document.getElementById('card') as HTMLElement;
    const ownClick = vi.fn();
    own.addEventListener('click', ownClick);
    const onCancel = vi.fn();
    const onPick = vi.fn();
    startTeach(window, { isOwn: (node) => node === own, onPick, onHover: vi.fn(), onCancel });
    own.click();
    expect(ownClick).toHaveBeenCalledOnce();
    expect(onPick).not.toHaveBeenCalled();
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    expect(onCancel).toHaveBeenCalledOnce();
  });

  it('picks the row, checkbox or button a click inside it means, across open shadow roots', () => {
    document.body.innerHTML =
      '<table><tr role="row"><td><b id="b">Employeur ONSS</b></td></tr></table><div id="h"></div>';
    expect(actionableFrom(document.getElementById('b') as Element).localName).toBe('tr');
    const shadow = (document.getElementById('h') as HTMLElement).attachShadow({ mode: 'open' });
    shadow.innerHTML = '<div role="button"><i>x</i></div>';
    expect(actionableFrom(shadow.querySelector('i') as Element).getAttribute('role')).toBe('button');
    document.body.innerHTML = '<p id="p">plain</p>';
    expect(actionableFrom(document.getElementById('p') as Element).id).toBe('p');
  });
});
