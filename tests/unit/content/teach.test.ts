// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { actionableFrom, startTeach } from '../../../src/content/teach.ts';

describe('teach mode', () => {
  // jsdom makes no trusted events: here only the page's synthetic ones are checked (a real-browser test of teach
  // mode, the person's own clicks picked and the page's ignored, is still to be written).
  it("ignores the page's synthetic clicks and keys: nothing picked, nothing swallowed, teach mode goes on", () => {
    document.body.innerHTML =
      '<form><a href="#go" id="link"><span id="inner">Gestion des accès</span></a></form><button id="card">x</button>';
    const own = document.getElementById('card') as HTMLElement;
    const pageClick = vi.fn();
    const pageDown = vi.fn();
    document.getElementById('link')?.addEventListener('click', pageClick);
    document.getElementById('link')?.addEventListener('mousedown', pageDown);
    const onPick = vi.fn();
    const onHover = vi.fn();
    const onCancel = vi.fn();
    const stop = startTeach(window, { isOwn: (node) => node === own, onPick, onHover, onCancel });

    const inner = document.getElementById('inner') as HTMLElement;
    inner.dispatchEvent(new MouseEvent('pointermove', { bubbles: true, composed: true }));
    inner.dispatchEvent(new MouseEvent('mousedown', { bubbles: true, cancelable: true, composed: true }));
    const click = new MouseEvent('click', { bubbles: true, cancelable: true, composed: true });
    inner.dispatchEvent(click);
    inner.click();
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    expect(click.isTrusted).toBe(false);
    expect(onHover).not.toHaveBeenCalled();
    expect(onPick).not.toHaveBeenCalled();
    expect(onCancel).not.toHaveBeenCalled();
    expect(pageDown).toHaveBeenCalledOnce();
    expect(pageClick).toHaveBeenCalledTimes(2);
    expect(click.defaultPrevented).toBe(false);
    stop();
  });

  it('lets clicks on the guide own card through', () => {
    document.body.innerHTML = '<button id="card">Annuler</button>';
    const own = document.getElementById('card') as HTMLElement;
    const ownClick = vi.fn();
    own.addEventListener('click', ownClick);
    const onPick = vi.fn();
    const stop = startTeach(window, {
      isOwn: (node) => node === own,
      onPick,
      onHover: vi.fn(),
      onCancel: vi.fn(),
    });
    own.click();
    expect(ownClick).toHaveBeenCalledOnce();
    expect(onPick).not.toHaveBeenCalled();
    stop();
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
