// @vitest-environment jsdom
import { describe, expect, test } from 'vitest';
import { findTarget } from '../../../src/engine/finder/find.ts';
import { type Fingerprint, makeFingerprint } from '../../../src/engine/fingerprint.ts';
import { LearnedSet } from '../../../src/shared/fingerprint-schema.ts';

function page(html: string): Document {
  document.body.innerHTML = html;
  return document;
}

const UNKNOWN_CAPTION = `
  <nav class="menu"><a href="/a">Accueil</a><a href="/b">Aide</a></nav>
  <h2>Utilisateurs du groupe</h2>
  <table><tr><td>Jean</td><td><a href="#">Modifier</a></td></tr></table>
  <p><a id="t" class="btn btn-primary act-invite" href="/newuser.do">Inviter un collaborateur</a></p>`;

function taught(): Fingerprint {
  const doc = page(UNKNOWN_CAPTION);
  const fp = makeFingerprint(doc.getElementById('t') as Element, 'grant.add-user');
  if (!fp) throw new Error('no fingerprint');
  return fp;
}

describe('learned fingerprints', () => {
  test('an element the rules cannot name is found again once taught', () => {
    const fp = taught();
    expect(findTarget(page(UNKNOWN_CAPTION), 'grant.add-user').status).toBe('not-found');
    const result = findTarget(page(UNKNOWN_CAPTION), 'grant.add-user', { learned: [fp] });
    expect(result.status === 'found' && result.element.id).toBe('t');
  });

  test('still matches after ids and classes change, and the page moves around', () => {
    const fp = taught();
    const changed = UNKNOWN_CAPTION.replace(
      'id="t" class="btn btn-primary act-invite"',
      'id="t" class="x1f3"',
    ).replace('<h2>', '<div><span>Nouveau</span></div><h2>');
    const result = findTarget(page(changed), 'grant.add-user', { learned: [fp] });
    expect(result.status === 'found' && result.element.id).toBe('t');
  });

  test('a fingerprint whose match is weak is ignored (the caption changed): the rules decide', () => {
    const fp = taught();
    const renamed = UNKNOWN_CAPTION.replace('Inviter un collaborateur', 'Supprimer le groupe');
    expect(findTarget(page(renamed), 'grant.add-user', { learned: [fp] }).status).toBe('not-found');
    const ruled = UNKNOWN_CAPTION.replace('Inviter un collaborateur', 'Ajouter un utilisateur');
    const result = findTarget(page(ruled), 'grant.add-user', { learned: [{ ...fp, name: 'quelque chose' }] });
    expect(result.status === 'found' && result.element.id).toBe('t');
  });

  test('a fingerprint of another step is not used', () => {
    const fp = { ...taught(), stepId: 'grant.save' as const };
    expect(findTarget(page(UNKNOWN_CAPTION), 'grant.add-user', { learned: [fp] }).status).toBe('not-found');
  });

  test('two elements matching the fingerprint equally: ignored', () => {
    const fp = taught();
    const twice = UNKNOWN_CAPTION.replace(
      '<nav',
      '<p><a href="/newuser.do">Inviter un collaborateur</a></p><nav',
    );
    const result = findTarget(page(twice), 'grant.add-user', {
      learned: [{ ...fp, words: [], context: '' }],
    });
    expect(result.status).toBe('not-found');
  });

  test('schemas: a learned set survives JSON, a damaged one is refused', () => {
    const set = { version: 1, fingerprints: [taught()] };
    expect(LearnedSet.parse(JSON.parse(JSON.stringify(set)))).toEqual(set);
    expect(
      LearnedSet.safeParse({ version: 1, fingerprints: [{ ...taught(), stepId: 'grant.nope' }] }).success,
    ).toBe(false);
    expect(LearnedSet.safeParse({ version: 2, fingerprints: [] }).success).toBe(false);
    expect(
      LearnedSet.safeParse({ version: 1, fingerprints: [{ ...taught(), name: 'x'.repeat(201) }] }).success,
    ).toBe(false);
  });

  test('makeFingerprint refuses an element one cannot act on', () => {
    const doc = page('<p id="p">Texte</p>');
    expect(makeFingerprint(doc.getElementById('p') as Element, 'grant.add-user')).toBeNull();
  });
});
