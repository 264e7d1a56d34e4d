// @vitest-environment jsdom
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { TextIndex } from '../../../src/engine/dom/text-index.ts';
import { ownText, readElements } from '../../../src/engine/dom/tree.ts';
import { PageReading } from '../../../src/engine/page-reading.ts';

// The page walk every pass reads once: its order (shadow content after the host's light children, a frame's body
// after the frame), what it skips, and the own text of each element, whitespace collapsed as /\s+/ → ' ' would.

describe('readElements', () => {
  test('tree order, into open shadow roots and same-origin frames, without script or style', () => {
    document.body.innerHTML =
      '<div id="host"><span id="light">a</span></div><script>x</script><p id="after">b <b>c</b> d</p>' +
      '<iframe id="frame"></iframe><input id="last" title="t">';
    const host = document.getElementById('host') as HTMLElement;
    host.attachShadow({ mode: 'open' }).innerHTML = '<em id="shadow">s</em>';
    const frameDoc = (document.getElementById('frame') as HTMLIFrameElement).contentDocument as Document;
    frameDoc.body.innerHTML = '<i id="inframe">f</i>';
    const read = readElements(document);
    const ids = read.map((r) => r.element.id || r.name);
    expect(ids).toEqual([
      'html',
      'body',
      'host',
      'light',
      'shadow',
      'after',
      'b',
      'frame',
      'body',
      'inframe',
      'last',
    ]);
    const byId = new Map(read.map((r) => [r.element.id, r]));
    expect(byId.get('after')?.own).toBe('b d');
    expect(byId.get('light')).toMatchObject({ own: 'a', name: 'span', bare: false });
    expect(read.find((r) => r.name === 'b')).toMatchObject({ own: 'c', bare: true });
    expect(byId.get('last')?.bare).toBe(false);
    // leaf: no child element (a shadow root or a script child does not count; an only child does).
    for (const r of read) expect(r.leaf).toBe(r.element.firstElementChild === null);
    expect(byId.get('host')?.leaf).toBe(false);
    expect(byId.get('light')?.leaf).toBe(true);
  });

  test('own text is collapsed like /\\s+/ → " " then trimmed, for any mix of spaces', () => {
    const p = document.createElement('p');
    const pieces = [
      'a',
      'é',
      '1',
      ' ',
      '  ',
      '\t',
      '\n',
      '\u00a0',
      '\u2003',
      '\u3000',
      '\ufeff',
      '\u200b',
      '\u0085',
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 8 }), fc.nat(3), (parts, split) => {
        // The text in one or two text nodes, around an element whose text is not its own.
        const text = parts.join('');
        p.replaceChildren(text.slice(0, split), document.createElement('b'), text.slice(split));
        const expected = text.replace(/\s+/g, ' ').trim();
        expect(ownText(p)).toBe(expected);
        expect(readElements(p).length).toBe(1);
        const [walked] = readElements(document.createElement('div').appendChild(p).parentElement as Element);
        expect(walked?.own).toBe(expected);
      }),
    );
  });
});

describe('TextIndex', () => {
  test('a phrase counts only as whole words of one text, and only where that text is visible', () => {
    const [a, b, c] = ['a', 'b', 'c'].map((id) => Object.assign(document.createElement('p'), { id }));
    const hidden = new Set<Element>([b as Element]);
    const index = new TextIndex(
      ['gestion des acces', 'ajouter un utilisateur', 'utilisateur'],
      [a, b, c] as Element[],
      (e) => !hidden.has(e),
    );
    expect(index.says('gestion des acces')).toBe(true);
    expect(index.says('des acces')).toBe(true);
    expect(index.says('acces ajouter')).toBe(false);
    expect(index.says('ajouter un utilisateur')).toBe(false);
    expect(index.says('utilisateur')).toBe(true);
    expect(index.says('gestion des')).toBe(true);
    expect(index.says('ges')).toBe(false);
    expect(index.visibleText()).toBe(' gestion des acces | utilisateur ');
  });
});

describe('PageReading.shadowRoots', () => {
  test("the open shadow roots of the page's own document, nested ones too, none of a frame's nor a closed one", () => {
    document.body.innerHTML =
      '<div id="outer"></div><my-widget id="custom"></my-widget><section id="closed"></section><iframe></iframe>';
    const outer = (document.getElementById('outer') as HTMLElement).attachShadow({ mode: 'open' });
    outer.innerHTML = '<span id="inner"></span>';
    const inner = (outer.getElementById('inner') as HTMLElement).attachShadow({ mode: 'open' });
    const custom = (document.getElementById('custom') as HTMLElement).attachShadow({ mode: 'open' });
    (document.getElementById('closed') as HTMLElement).attachShadow({ mode: 'closed' });
    const frameDoc = (document.querySelector('iframe') as HTMLIFrameElement).contentDocument as Document;
    frameDoc.body.innerHTML = '<div id="framed"></div>';
    (frameDoc.getElementById('framed') as HTMLElement).attachShadow({ mode: 'open' });
    expect(new PageReading(document).shadowRoots()).toEqual([outer, inner, custom]);
  });
});
