// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { RIGHT_IDS } from '../../src/shared/profile.ts';
import { renderScreen } from './index.ts';
import { SCREEN_IDS, SCREENS, type ScreenInfo } from './screens.ts';
import { ALL_VARIANTS, type Variant, variantKey } from './types.ts';

const FR_CLEAN: Variant = { lang: 'fr', wording: 'new', markup: 'clean', timing: 'normal' };

function dom(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

/** Loads a page into the test's own document and runs its inline scripts, as a browser would. */
function load(html: string): void {
  document.documentElement.innerHTML = dom(html).documentElement.innerHTML;
  for (const old of document.querySelectorAll('script')) {
    const script = document.createElement('script');
    script.textContent = old.textContent;
    old.replaceWith(script);
  }
}

function truthValues(html: string): string[] {
  return [...html.matchAll(/data-replica-truth="([^"]*)"/g)].map((m) => m[1] ?? '');
}

/** The document that holds the screen's content: the framed one for access management in the iframe variant. */
function contentHtml(s: ScreenInfo, v: Variant, truth: boolean): string {
  return renderScreen(s.id, v, { truth, inFrame: v.timing === 'iframe' && s.accessManagement });
}

describe('renderScreen', () => {
  it('renders every screen in every variant as a full, deterministic document', () => {
    expect(ALL_VARIANTS).toHaveLength(120);
    for (const v of ALL_VARIANTS) {
      for (const id of SCREEN_IDS) {
        const html = renderScreen(id, v);
        expect(html.startsWith('<!DOCTYPE html>'), `${id} ${variantKey(v)}`).toBe(true);
        expect(html.endsWith('</html>')).toBe(true);
        expect(html).toContain(`<html lang="${v.lang}">`);
        expect(renderScreen(id, v)).toBe(html);
      }
    }
  });

  it('marks each step element exactly once per step screen, and only when asked', () => {
    for (const v of ALL_VARIANTS) {
      for (const s of SCREENS) {
        const withTruth = truthValues(contentHtml(s, v, true));
        for (const step of s.steps) {
          expect(
            withTruth.filter((t) => t === step),
            `${s.id} ${step} ${variantKey(v)}`,
          ).toHaveLength(1);
        }
        expect(truthValues(contentHtml(s, v, false)), `${s.id} ${variantKey(v)}`).toEqual([]);
      }
    }
  });

  it('marks each of the four rights to tick, on real checkboxes with their captions', () => {
    for (const v of ALL_VARIANTS.filter((x) => x.timing === 'normal')) {
      const doc = dom(renderScreen('am-rights', v, { truth: true }));
      for (const right of RIGHT_IDS) {
        const boxes = doc.querySelectorAll(`[data-replica-truth="grant.rights:${right}"]`);
        expect(boxes, `${right} ${variantKey(v)}`).toHaveLength(1);
        expect((boxes[0] as HTMLInputElement).type).toBe('checkbox');
      }
      expect(doc.querySelectorAll('input[type=checkbox]').length).toBeGreaterThanOrEqual(15);
    }
  }, 20_000);

  it('shows the decoy « Déclaration DmfA » next to the right to tick, with both wordings of the latter', () => {
    const oldHtml = renderScreen('am-rights', { ...FR_CLEAN, wording: 'old' });
    const newHtml = renderScreen('am-rights', FR_CLEAN);
    for (const html of [oldHtml, newHtml]) {
      expect(html).toContain('>Déclaration DmfA<');
      expect(html).toContain('Consultation DmfA');
      expect(html).toContain('Consultation Dimona');
      expect(html).toContain('e-Box Entreprise');
      expect(html).toContain('Chaman');
    }
    expect(oldHtml).toContain('Déclaration de modification DmfA');
    expect(newHtml).toContain('Modification d&#39;une déclaration-ONSS (DMFA)');
  });

  it('clean markup labels every visible field with <label for> and uses real buttons', () => {
    for (const id of SCREEN_IDS) {
      const doc = dom(renderScreen(id, FR_CLEAN));
      for (const input of doc.querySelectorAll('form input:not([type=hidden]):not([type=search])')) {
        expect(doc.querySelector(`label[for="${input.id}"]`), `${id} ${input.outerHTML}`).not.toBeNull();
      }
      expect(doc.querySelectorAll('[role=button]')).toHaveLength(0);
    }
    expect(
      dom(renderScreen('am-niss', FR_CLEAN)).querySelector('main button[type=submit]')?.textContent,
    ).toBe('Suivant');
  });

  it('poor markup has no ids, no labels, no buttons, generated class names', () => {
    const poor: Variant = { ...FR_CLEAN, markup: 'poor' };
    for (const id of SCREEN_IDS) {
      const doc = dom(renderScreen(id, poor));
      expect(doc.querySelectorAll('[id]'), id).toHaveLength(0);
      expect(doc.querySelectorAll('label'), id).toHaveLength(0);
      expect(doc.querySelectorAll('form:not([role=search]) button'), id).toHaveLength(0);
      for (const el of doc.body.querySelectorAll('[class]')) {
        for (const name of el.classList) expect(name, id).toMatch(/^x[0-9a-f]{4}$/);
      }
    }
    const niss = dom(renderScreen('am-niss', poor));
    const next = [...niss.querySelectorAll('a, [role=button]')].find((e) => e.textContent === 'Suivant');
    expect(next?.closest('form')).not.toBeNull();
    expect(niss.querySelector('input[type=text]')?.getAttribute('name')).toMatch(/^j_idt\d+:j_idt\d+$/);
  });

  it('shows the company name and formatted enterprise number on every logged-in page', () => {
    for (const s of SCREENS.filter((x) => x.loggedIn)) {
      const text = dom(renderScreen(s.id, FR_CLEAN)).body.textContent ?? '';
      expect(text, s.id).toContain('Boulangerie Dupont SRL');
      expect(text, s.id).toContain('0403.170.701');
    }
  });

  it('puts access management 7th in the services column, in French and Dutch', () => {
    for (const [lang, name] of [
      ['fr', 'Gestion des accès'],
      ['nl', 'Toegangsbeheer'],
      ['de', 'Zugangsverwaltung'],
    ] as const) {
      const doc = dom(renderScreen('services', { ...FR_CLEAN, lang }));
      const links = doc.querySelectorAll('nav[aria-label] li a');
      expect(links[6]?.textContent).toBe(name);
    }
  });

  it('uses the official Dutch names for roles and the employer group', () => {
    const nl: Variant = { ...FR_CLEAN, lang: 'nl' };
    expect(renderScreen('am-groups', nl)).toContain('Werkgever RSZ');
    expect(renderScreen('company-choice', nl)).toContain('Hoofdtoegangsbeheerder');
    expect(renderScreen('company-choice', { ...nl, wording: 'old' })).toContain(
      'Verantwoordelijke Toegangen Entiteit',
    );
    expect(renderScreen('company-choice', { ...nl, wording: 'old' })).toContain('Gebruiker');
  });

  it('varies captions between the old and new wordings', () => {
    const old: Variant = { ...FR_CLEAN, wording: 'old' };
    expect(renderScreen('am-users', old)).toContain('Ajouter un utilisateur');
    expect(renderScreen('am-users', FR_CLEAN)).toContain('Nouvel utilisateur');
    expect(renderScreen('am-quality', old)).toContain('Responsable Accès Entité');
    expect(renderScreen('am-quality', FR_CLEAN)).toContain('Gestionnaire d&#39;accès principal');
    expect(renderScreen('am-groups', old)).toContain('qualité');
    expect(renderScreen('am-groups', FR_CLEAN)).toContain('groupe');
  });

  it('late variant keeps the content in an inert template until its script runs', () => {
    const html = renderScreen('am-niss', { ...FR_CLEAN, timing: 'late' }, { truth: true, lateDelayMs: 700 });
    const doc = dom(html);
    expect(doc.querySelector('[data-replica-truth]')).toBeNull();
    expect(doc.querySelector('template[data-late]')).not.toBeNull();
    expect(html).toContain(',700);</script>');
  });

  it('late variant renders the content after the delay when scripts run', async () => {
    const html = renderScreen('home', { ...FR_CLEAN, timing: 'late' }, { truth: true, lateDelayMs: 50 });
    load(html);
    expect(document.querySelector('[data-replica-truth="connect.all-services"]')).toBeNull();
    await expect
      .poll(() => document.querySelector('[data-replica-truth="connect.all-services"]'))
      .not.toBeNull();
    expect(document.querySelector('[data-late-placeholder]')).toBeNull();
  });

  it('iframe variant frames access management in a same-origin iframe, and only that', () => {
    const v: Variant = { ...FR_CLEAN, timing: 'iframe' };
    const outer = dom(renderScreen('am-users', v, { truth: true }));
    expect(outer.querySelector('iframe')?.getAttribute('src')).toBe('/app011/umoe/users.do?frame=1');
    const inner = renderScreen('am-users', v, { truth: true, inFrame: true });
    expect(inner).not.toContain('<iframe');
    expect(inner).toContain('href="/app011/umoe/newuser.do?frame=1"');
    expect(inner).toContain('target="_top"');
    expect(dom(renderScreen('services', v)).querySelector('iframe')).toBeNull();
  });

  it('spa variant carries the client-side router', () => {
    expect(renderScreen('home', { ...FR_CLEAN, timing: 'spa' })).toContain('history.pushState');
    expect(renderScreen('home', FR_CLEAN)).not.toContain('history.pushState');
  });

  it('escapes data', () => {
    const html = renderScreen('home', FR_CLEAN, {
      company: { name: '<script>x</script>', enterpriseNumber: '0403170701', quality: 'principal' },
    });
    expect(html).not.toContain('<script>x');
    expect(html).toContain('&lt;script&gt;x');
  });

  it('shows the page messages for refused actions', () => {
    expect(renderScreen('am-niss', FR_CLEAN, { error: 'invalid-niss' })).toContain(
      "Le numéro NISS introduit n'est pas valide".replace("'", '&#39;'),
    );
    expect(renderScreen('am-niss', FR_CLEAN, { error: 'already-exists' })).toContain('existe déjà');
    expect(renderScreen('register-not-legal-rep', FR_CLEAN, { refusedNumber: '0765432146' })).toContain(
      'zoeknummerform.html?nummer=0765432146&amp;actionLu=Zoek',
    );
    expect(renderScreen('register-number', FR_CLEAN, { error: 'invalid-number' })).toContain('role="alert"');
  });

  it('renders the 960 screen variants fast', () => {
    const start = performance.now();
    for (const v of ALL_VARIANTS) for (const id of SCREEN_IDS) renderScreen(id, v, { truth: true });
    expect(performance.now() - start).toBeLessThan(2000);
  });
});
