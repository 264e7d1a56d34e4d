// @vitest-environment jsdom
import { describe, expect, test } from 'vitest';
import { findTarget } from '../../../src/engine/finder/find.ts';

// Small hand-written pages: the finder's rules one by one. The replica's pages are covered by replica-steps.test.ts.

function page(html: string): Document {
  document.body.innerHTML = html;
  return document;
}

function found(doc: Document, step: Parameters<typeof findTarget>[1]): Element | null {
  const result = findTarget(doc, step);
  return result.status === 'found' ? result.element : null;
}

describe('findTarget', () => {
  test('finds a button by its caption, whatever the case, accents and punctuation', () => {
    const doc = page('<button>Supprimer</button><button id="t">  AJOUTER  un UTILISATEUR + </button>');
    expect(found(doc, 'grant.add-user')?.id).toBe('t');
  });

  test('finds a Dutch caption on a French page', () => {
    const doc = page('<a href="/x">Gebruikers verwijderen</a><a id="t" href="/y">Gebruiker toevoegen</a>');
    expect(found(doc, 'grant.add-user')?.id).toBe('t');
  });

  test('works on a document without a window (DOMParser), without the accessible-name computation', () => {
    const doc = new DOMParser().parseFromString('<button aria-label="Confirmer">✓</button>', 'text/html');
    expect(findTarget(doc, 'grant.confirm').status).toBe('found');
  });

  test('refuses a decoy with a different verb', () => {
    const doc = page('<button>Supprimer un utilisateur</button><button>Modifier un utilisateur</button>');
    const result = findTarget(doc, 'grant.add-user');
    expect(result.status).toBe('not-found');
    if (result.status === 'not-found') expect(result.candidates.length).toBeGreaterThan(0);
  });

  test('refuses a negated caption', () => {
    const doc = page('<button>Ne pas enregistrer</button>');
    expect(findTarget(doc, 'grant.save').status).toBe('not-found');
  });

  test('refuses when two elements carry the same caption and nothing tells them apart', () => {
    const doc = page('<button>Enregistrer</button><button>Enregistrer</button>');
    expect(findTarget(doc, 'grant.save').status).toBe('not-found');
  });

  test('ignores hidden elements (attribute, inline style, aria-hidden, closed details)', () => {
    const doc = page(`
      <button hidden>Enregistrer</button>
      <div style="display:none"><button>Enregistrer</button></div>
      <div style="visibility:hidden"><button>Enregistrer</button></div>
      <div aria-hidden="true"><button>Enregistrer</button></div>
      <details><summary>Plus</summary><button>Enregistrer</button></details>
      <button id="t">Enregistrer</button>`);
    expect(found(doc, 'grant.save')?.id).toBe('t');
  });

  test('finds a field by its label (for, wrapping, aria-labelledby, table row, text before)', () => {
    const variants = [
      '<label for="t">NISS</label><input id="t">',
      '<label>Numéro NISS <input id="t"></label>',
      '<span id="l">INSZ</span><input id="t" aria-labelledby="l">',
      '<table><tr><td>Rijksregisternummer</td><td><div><input id="t"></div></td></tr></table>',
      '<div><span>NISS de l’utilisateur</span><div><div><input id="t"></div></div></div>',
    ];
    for (const html of variants) {
      const doc = page(`<label for="e">E-mail</label><input id="e">${html}`);
      expect(found(doc, 'grant.niss')?.id, html).toBe('t');
    }
  });

  test('never offers a password field', () => {
    const doc = page('<label for="p">NISS</label><input id="p" type="password">');
    expect(findTarget(doc, 'grant.niss').status).toBe('not-found');
  });

  test('reaches into open shadow roots and same-origin frames', () => {
    const doc = page('<div id="host"></div>');
    const host = doc.getElementById('host') as HTMLElement;
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<button id="t">Confirmer</button>';
    expect(found(doc, 'grant.confirm')?.id).toBe('t');

    document.body.innerHTML = '<iframe></iframe>';
    const frame = document.querySelector('iframe') as HTMLIFrameElement;
    const inner = frame.contentDocument as Document;
    inner.body.innerHTML = '<a id="t" href="#">Employeur ONSS</a>';
    expect(findTarget(document, 'grant.employer-onss')).toMatchObject({ status: 'found' });
  });

  test('a clickable row or span counts when it has a click sign', () => {
    const doc = page(
      '<table><tr onclick="go()"><td>LSS-Arbeitgeber</td></tr><tr onclick="go()"><td>Sozialsekretariat</td></tr></table>',
    );
    expect(found(doc, 'grant.employer-onss')?.localName).toBe('tr');
  });

  test('the position hint breaks a tie between equal captions', () => {
    const items = [
      'Dimona',
      'DmfA',
      'Gestion des accès',
      'Capelo',
      'eBox',
      'Limosa',
      'Gestion des accès',
      'Vacances',
    ];
    const doc = page(
      `<ul class="left-column">${items.map((t, i) => `<li><a id="i${i + 1}" href="#">${t}</a></li>`).join('')}</ul>`,
    );
    expect(found(doc, 'grant.access-management')?.id).toBe('i7');
  });
});

describe('cards and tiles: a card’s own heading names its « Ouvrir » link', () => {
  const card = (title: string, link: string, id = '') =>
    `<div class="tile"><h3>${title}</h3><p>Un service en ligne.</p><a href="/x"${id ? ` id="${id}"` : ''}>${link}</a></div>`;

  test.each([
    ['Ouvrir', 'Gestion des accès'],
    ['Openen', 'Toegangsbeheer'],
    ['Öffnen', 'Zugriffsverwaltung'],
    ['Accéder', 'Gestion des accès'],
  ])('« %s » under « %s »', (link, title) => {
    const doc = page(card('Dimona', link) + card(title, link, 't') + card('DmfA', link));
    expect(found(doc, 'grant.access-management')?.id).toBe('t');
  });

  test('a card with two links names neither: the finder abstains', () => {
    const doc = page(
      `<div class="tile"><h3>Gestion des accès</h3><a href="/a">Ouvrir</a><a href="/b">Ouvrir</a></div>${card('Dimona', 'Ouvrir')}`,
    );
    expect(found(doc, 'grant.access-management')).toBeNull();
  });

  test('a link with its own caption is not renamed by the heading above it', () => {
    const doc = page(`<div><h3>Gestion des accès</h3><a href="/a" id="x">Dimona</a></div>`);
    expect(found(doc, 'grant.access-management')).toBeNull();
  });
});
