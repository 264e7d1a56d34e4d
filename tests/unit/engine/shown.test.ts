// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { SCREENS, type ScreenId } from '../../../replica/render/index.ts';
import { text } from '../../../replica/render/text.ts';
import { findTarget } from '../../../src/engine/finder/find.ts';
import { PageReading } from '../../../src/engine/page-reading.ts';
import { pageBusy, shownCaption } from '../../../src/engine/shown.ts';
import { replicaPage, STATIC_VARIANTS, windowedDocument } from './support/replica-pages.ts';

// The card's two readings of the page: the found element's caption as the page shows it, and whether the page
// says it is still loading.

const screen = (id: ScreenId) => {
  const found = SCREENS.find((s) => s.id === id);
  if (!found) throw new Error(`no replica screen ${id}`);
  return found;
};

const name = (v: (typeof STATIC_VARIANTS)[number]) => `${v.lang}-${v.wording}-${v.markup}`;

describe('shownCaption', () => {
  it.each(STATIC_VARIANTS.map((v) => [name(v), v] as const))(
    '%s: the add-user button is quoted as the page writes it (« Nouvel utilisateur » in the new wording)',
    (_label, variant) => {
      const page = replicaPage(screen('am-users'), variant);
      const result = findTarget(page.doc, 'grant.add-user');
      expect(result.status).toBe('found');
      if (result.status === 'found')
        expect(shownCaption(result.element)).toBe(text(variant.lang, variant.wording, 'addUser'));
      page.release();
    },
  );

  it("finds the header's « Changer d'entreprise » on a logged-in page, quoted as written, and not on a public page", () => {
    for (const variant of STATIC_VARIANTS) {
      const home = replicaPage(screen('home'), variant);
      const result = findTarget(home.doc, 'connect.pick-company:change');
      expect(result.status, name(variant)).toBe('found');
      if (result.status === 'found')
        expect(shownCaption(result.element)).toBe(text(variant.lang, variant.wording, 'changeCompany'));
      home.release();
      const info = replicaPage(screen('employer-info'), variant);
      expect(findTarget(info.doc, 'connect.pick-company:change').status, name(variant)).toBe('not-found');
      info.release();
    }
  });

  it("tells which of the step's targets was found: the contact form, then the page confirming it", () => {
    for (const variant of STATIC_VARIANTS) {
      for (const [id, step, target] of [
        ['register-contact', 'register.contact', 0],
        ['register-contact-confirm', 'register.contact', 1],
        ['login-choice', 'connect.method', 0],
        ['login-method', 'connect.method', 1],
      ] as const) {
        const page = replicaPage(screen(id), variant);
        const result = findTarget(page.doc, step);
        expect(result.status === 'found' ? result.target : 'not found', `${id} ${name(variant)}`).toBe(
          target,
        );
        page.release();
      }
    }
  });

  it('quotes a button input by its value, and nothing for a field or a long block', () => {
    const { doc, release } = windowedDocument(
      `<body><input type="submit" value=" Je  confirme "><input type="text" value="x" aria-label="E-mail">
       <a aria-label="Nouvel utilisateur"><img alt=""></a><div role="row">${'Employeur ONSS '.repeat(6)}</div></body>`,
    );
    const [submit, field, icon, row] = [...doc.querySelectorAll('input, a, div')] as Element[];
    expect(submit && shownCaption(submit)).toBe('Je confirme');
    expect(field && shownCaption(field)).toBeNull();
    expect(icon && shownCaption(icon)).toBe('Nouvel utilisateur');
    expect(row && shownCaption(row)).toBeNull();
    release();
  });

  it('quotes an icon by its accessible name, not its glyph: labelledby, aria-label, then title; a bare glyph by nothing', () => {
    const { doc, release } = windowedDocument(
      `<body><span id="l">Ajouter un utilisateur</span><button aria-labelledby="l" aria-label="x">+</button>
       <button aria-label="Nieuwe gebruiker">+</button><a title="Nouvel utilisateur">＋</a><button>×</button></body>`,
    );
    const [labelled, labelledByAria, titled, glyph] = [...doc.querySelectorAll('button, a')] as Element[];
    expect(labelled && shownCaption(labelled)).toBe('Ajouter un utilisateur');
    expect(labelledByAria && shownCaption(labelledByAria)).toBe('Nieuwe gebruiker');
    expect(titled && shownCaption(titled)).toBe('Nouvel utilisateur');
    expect(glyph && shownCaption(glyph)).toBeNull();
    release();
  });
});

describe('pageBusy', () => {
  const busy = (html: string) => {
    const { doc, release } = windowedDocument(`<body>${html}</body>`);
    const result = pageBusy(new PageReading(doc));
    release();
    return result;
  };

  it('says a page is loading from a visible placeholder, a busy region or a progress bar', () => {
    expect(busy('<main><p class="x7f3a">Chargement…</p></main>')).toBe(true);
    expect(busy('<p>Wird geladen...</p>')).toBe(true);
    expect(busy('<div aria-busy="true"><p>Utilisateurs</p></div>')).toBe(true);
    expect(busy('<div role="progressbar"></div>')).toBe(true);
  });

  it('not from a hidden placeholder, a finished region or a sentence that mentions loading', () => {
    expect(busy('<p hidden>Chargement…</p>')).toBe(false);
    expect(busy('<div aria-busy="false"><p>Utilisateurs</p></div>')).toBe(false);
    expect(busy('<div role="progressbar" style="display: none"></div>')).toBe(false);
    expect(busy('<p>Chargement des utilisateurs terminé : 3 utilisateurs.</p>')).toBe(false);
  });

  it("reads the pass's own reading of the page, not the page again", () => {
    const { doc, release } = windowedDocument('<body><main><p>Utilisateurs</p></main></body>');
    const reading = new PageReading(doc);
    expect(pageBusy(reading)).toBe(false);
    // Changed after the reading: a new pass reads it (a new reading), this one does not walk the page again.
    const placeholder = doc.createElement('p');
    placeholder.textContent = 'Chargement…';
    doc.querySelector('main')?.append(placeholder);
    expect(pageBusy(reading)).toBe(false);
    expect(pageBusy(new PageReading(doc))).toBe(true);
    release();
  });

  it('while the document itself is still loading', () => {
    const { doc, release } = windowedDocument('<body><p>Utilisateurs</p></body>');
    expect(pageBusy(new PageReading(doc))).toBe(false);
    Object.defineProperty(doc, 'readyState', { value: 'loading' });
    expect(pageBusy(new PageReading(doc))).toBe(true);
    release();
  });

  it("a replica page in the late timing, before its script renders it; every page's rendered content is not", () => {
    for (const lang of ['fr', 'nl', 'de'] as const) {
      const late = { lang, wording: 'new', markup: 'poor', timing: 'late' } as const;
      const page = replicaPage(screen('am-users'), late);
      expect(pageBusy(new PageReading(page.doc)), lang).toBe(true);
      page.release();
    }
    // Two variants opposite in every way but the language: the whole set is the finder's suite's business.
    const rendered = STATIC_VARIANTS.filter(
      (v) => v.lang === 'fr' && (v.wording === 'new') === (v.markup === 'poor'),
    );
    for (const variant of rendered)
      for (const s of SCREENS) {
        const page = replicaPage(s, variant);
        expect(pageBusy(new PageReading(page.doc)), `${s.id} ${name(variant)}`).toBe(false);
        page.release();
      }
  });
});
