// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { companyFromHeader } from '../../../../src/engine/company.ts';
import { findTarget } from '../../../../src/engine/finder/find.ts';
import { PageScan } from '../../../../src/engine/finder/scan.ts';
import { recognizePage } from '../../../../src/engine/recognize.ts';

// A form opened in a modal dialog above a page: the guide reads and points inside it only; the page behind the
// backdrop is inert (never a target), except the header's company, which stays in view around the dialog.

const USERS_PAGE = `<header><div class="company">Entreprise : Boulangerie Dupont SRL – 0403.170.701</div></header>
<main><h1>Gestion des accès</h1><h2>Utilisateurs du groupe Employeur ONSS</h2>
<table><thead><tr><th>NISS</th><th>Nom</th></tr></thead><tbody><tr><td>70.04.12-436.23</td><td>Analyste</td></tr></tbody></table>
<p><a href="/add" class="btn">Ajouter un utilisateur</a></p>
<form role="search"><label for="q">NISS</label><input type="text" id="q" name="q"></form></main>`;

const DIALOG = (attributes: string) => `<div class="backdrop"></div>
<div ${attributes} aria-labelledby="t"><h2 id="t">Nouvel utilisateur</h2><form>
<label for="niss">Numéro national du nouvel utilisateur</label><input type="text" id="niss" name="niss">
<button type="submit">Suivant</button></form></div>`;

function page(body: string): Document {
  const doc = document.implementation.createHTMLDocument('Gestion des accès');
  doc.body.innerHTML = body;
  return doc;
}

const found = (doc: Document, step: 'grant.niss' | 'grant.add-user') => {
  const result = findTarget(doc, step);
  return result.status === 'found' ? result.element : null;
};

describe('a modal dialog above the page', () => {
  it('is read alone: its NISS field is the target, the add button and the search field behind are not', () => {
    const doc = page(USERS_PAGE + DIALOG('role="dialog" aria-modal="true"'));
    expect(found(doc, 'grant.niss')).toBe(doc.getElementById('niss'));
    expect(found(doc, 'grant.add-user')).toBeNull();
    const recognition = recognizePage(doc, 'https://www.socialsecurity.be/app999/x.do');
    expect(recognition.stepId).toBe('grant.niss');
    expect(recognition.steps).not.toContain('grant.add-user');
    expect(companyFromHeader(new PageScan(doc))).toEqual({
      name: 'Boulangerie Dupont SRL',
      enterpriseNumber: '0403170701',
    });
  });

  it('behind it, the page is inert even where its field is labelled NISS like the one wanted', () => {
    // The dialog asks something else: the NISS search field behind must not be taken for the NISS field.
    const doc = page(
      `${USERS_PAGE}<div role="alertdialog" aria-modal="true"><p>Session bientôt expirée</p><button>Prolonger</button></div>`,
    );
    expect(found(doc, 'grant.niss')).toBeNull();
    expect(found(doc, 'grant.add-user')).toBeNull();
  });

  it('hidden, or not modal, it makes nothing inert', () => {
    for (const attributes of [
      'role="dialog" aria-modal="true" hidden',
      'role="dialog" aria-modal="true" style="display:none"',
      'role="dialog"',
    ]) {
      const doc = page(USERS_PAGE + DIALOG(attributes));
      expect(found(doc, 'grant.add-user'), attributes).toBe(doc.querySelector('a.btn'));
    }
  });

  it('the inert attribute takes a block out of reach as a modal does', () => {
    const doc = page(`<main inert>${USERS_PAGE}</main>`);
    expect(found(doc, 'grant.add-user')).toBeNull();
  });
});
