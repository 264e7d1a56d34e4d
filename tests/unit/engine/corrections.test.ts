// @vitest-environment jsdom
import { describe, expect, test } from 'vitest';
import { findTarget } from '../../../src/engine/finder/find.ts';
import { correctionRefusal } from '../../../src/engine/finder/learned.ts';
import { type Fingerprint, makeFingerprint } from '../../../src/engine/fingerprint.ts';
import { ACTING_HOSTS, actionOnHost } from '../../../src/engine/procedure/acting-hosts.ts';
import type { StepId } from '../../../src/shared/steps.ts';

// Poisoned corrections: a learned or shipped fingerprint helps find, it never points at what the rules rule out.

function page(html: string): Document {
  document.body.innerHTML = html;
  return document;
}

function fingerprintOf(html: string, id: string, stepId: StepId): Fingerprint {
  const fp = makeFingerprint(page(html).getElementById(id) as Element, stepId);
  if (!fp) throw new Error(`no fingerprint for #${id}`);
  return fp;
}

function foundId(html: string, stepId: StepId, learned: Fingerprint[]): string | null {
  const result = findTarget(page(html), stepId, { learned });
  return result.status === 'found' ? result.element.id : null;
}

const USERS = `
  <h1>Gestion des accès</h1>
  <p><a id="export" href="/export.do">Exporter la liste</a></p>
  <p><a id="add" href="/newuser.do">Ajouter un utilisateur</a></p>`;

const NISS_FORM = `
  <form role="search"><input id="q" type="search" aria-label="Rechercher"></form>
  <h1>Nouvel utilisateur</h1>
  <form>
    <fieldset><legend>Responsable</legend><label for="a">NISS</label><input id="a" name="owner" type="text"></fieldset>
    <fieldset><legend>Utilisateur</legend><label for="b">NISS</label><input id="b" name="member" type="text"></fieldset>
  </form>`;

describe('corrections never outrank the rules', () => {
  test('a correction naming « Exporter la liste » loses to the confident rule result', () => {
    const poisoned = fingerprintOf(USERS, 'export', 'grant.add-user');
    expect(correctionRefusal(poisoned)).toBeNull();
    expect(foundId(USERS, 'grant.add-user', [poisoned])).toBe('add');
  });

  test('a correction of a role the step does not allow is refused, even where the rules find nothing', () => {
    const html = '<form><label for="f">Inviter</label><input id="f"></form>';
    const poisoned = fingerprintOf(html, 'f', 'grant.add-user');
    expect(poisoned.role).toBe('textbox');
    expect(correctionRefusal(poisoned)).toBe('role-not-allowed');
    expect(foundId(html, 'grant.add-user', [poisoned])).toBeNull();
  });

  test('a correction for the rights (a look-alike box) is refused: ticking follows the rights concepts only', () => {
    const html = '<label><input type="checkbox" id="dmfa">Déclaration DmfA</label>';
    const poisoned = fingerprintOf(html, 'dmfa', 'grant.rights');
    expect(correctionRefusal(poisoned)).toBe('role-not-allowed');
    expect(foundId(html, 'grant.rights', [poisoned])).toBeNull();
  });

  test('a nameless correction is refused for a step that fills', () => {
    const nameless: Fingerprint = { stepId: 'grant.niss', role: 'textbox', name: '', words: ['a'] };
    expect(correctionRefusal(nameless)).toBe('nameless-for-action');
    expect(foundId(NISS_FORM, 'grant.niss', [nameless])).toBeNull();
  });

  test('for the NISS, a correction chooses among the fields the rules accept, never the search box', () => {
    expect(findTarget(page(NISS_FORM), 'grant.niss').status).toBe('not-found');
    const chosen = fingerprintOf(NISS_FORM, 'b', 'grant.niss');
    expect(foundId(NISS_FORM, 'grant.niss', [chosen])).toBe('b');
    const search = fingerprintOf(NISS_FORM, 'q', 'grant.niss');
    expect(correctionRefusal(search)).toBeNull();
    expect(foundId(NISS_FORM, 'grant.niss', [search])).toBeNull();
    // The same search box under a forged NISS caption: the page still names it « Rechercher ».
    expect(foundId(NISS_FORM, 'grant.niss', [{ ...search, name: 'niss', label: 'niss' }])).toBeNull();
  });
});

describe('fill and tick only where the procedure does', () => {
  test('the portal fills and ticks; the log-in, the company register and CSAM only point', () => {
    expect(actionOnHost('fill-niss', 'www.socialsecurity.be')).toBe('fill-niss');
    expect(actionOnHost('tick-rights', 'WWW.socialsecurity.be')).toBe('tick-rights');
    for (const host of [
      'idp.iamfas.belgium.be',
      'kbopub.economie.fgov.be',
      'www.csam.be',
      'socialsecurity.be.evil',
    ]) {
      expect(actionOnHost('fill-niss', host), host).toBe('point');
      expect(actionOnHost('tick-rights', host), host).toBe('point');
    }
    expect(actionOnHost('none', 'kbopub.economie.fgov.be')).toBe('none');
    expect(ACTING_HOSTS['fill-niss']).toEqual(['www.socialsecurity.be']);
  });
});
