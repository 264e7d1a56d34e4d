// @vitest-environment jsdom
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findTarget } from '../../../src/engine/finder/find.ts';
import { type Fingerprint, makeFingerprint } from '../../../src/engine/fingerprint.ts';
import { maskFingerprint, maskLearned } from '../../../src/engine/fingerprint-mask.ts';
import { Role, STEP_IDS } from '../../../src/shared/steps.ts';
import { suiteSeed } from '../support/seed.ts';

// Issue 14: a correction from a file is masked exactly as one taught on this page (src/engine/fingerprint-mask.ts):
// digits, people's and companies' names, words around that are not the procedure's. Teach mode goes through the same
// function, so a fixed point: what this browser learned or exported is imported unchanged.

const PEOPLE = ['Marie Peeters', 'Jean Dupont', 'Boulangerie Dupont SRL', 'Ann Janssens'];
const NAMES = /Marie|Peeters|Jean|Dupont|Boulangerie|Janssens/i;

const hostileText = fc
  .array(
    fc.oneof(
      fc.constantFrom(...PEOPLE),
      fc.constantFrom('85073003328', '0123.456.749', '85.07.30-033.28', 'marie.peeters@firme.be'),
      fc.constantFrom('Ajouter', 'un utilisateur', 'Suivant', 'gestion des accès', 'Nouveau'),
      fc.string({ maxLength: 12 }),
    ),
    { maxLength: 6 },
  )
  .map((parts) => parts.join(' ').slice(0, 200));

const word = fc.oneof(
  fc.constantFrom('add', 'user', 'u85073003328', 'peeters'),
  fc.string({ maxLength: 40 }),
);

const hostile: fc.Arbitrary<Fingerprint> = fc.record(
  {
    stepId: fc.constantFrom(...STEP_IDS),
    role: fc.constantFrom(...Role.options),
    name: hostileText,
    label: hostileText,
    words: fc.array(word, { maxLength: 40 }),
    position: fc.record({ rank: fc.integer({ min: 1, max: 50 }), containerWords: fc.array(word) }),
    context: hostileText.map((text) => text.slice(0, 400)),
    learnedAt: fc.nat(),
  },
  { requiredKeys: ['stepId', 'role', 'name', 'words'] },
);

describe('an imported correction is masked as a learned one', () => {
  it('keeps no digit, no e-mail address, no name that looks like one; masking twice changes nothing', () => {
    fc.assert(
      fc.property(hostile, (fp) => {
        const masked = maskFingerprint(fp);
        if (!masked) {
          // Left out only when its caption had something and nothing of it is left.
          expect(fp.name !== '' || Boolean(fp.label)).toBe(true);
          return;
        }
        const text = JSON.stringify({
          ...masked,
          learnedAt: undefined,
          position: masked.position?.containerWords,
        });
        expect(text).not.toMatch(/\d/);
        expect(text).not.toMatch(/[^\s@"]@[^\s@"]/);
        // Capitalised names are dropped from captions; a data element's name, labels and context keep only
        // the procedure's words.
        expect(masked.name).not.toMatch(NAMES);
        expect(masked.label ?? '').not.toMatch(NAMES);
        expect(masked.context ?? '').not.toMatch(NAMES);
        expect(maskFingerprint(masked)).toEqual(masked);
        // A named correction never becomes a nameless one (matched by place alone).
        expect(masked.name === '' && !masked.label).toBe(fp.name === '' && !fp.label);
      }),
      { seed: suiteSeed(), numRuns: 300 },
    );
  });

  it('a correction taught on a page is a fixed point: exported then imported, it is unchanged', () => {
    document.body.innerHTML = `
      <header><span class="company">Boulangerie Dupont SRL — 0123.456.749</span></header>
      <h2>Utilisateurs de Boulangerie Dupont</h2>
      <table><tr><td>Marie Peeters</td><td>85.07.30-033.28</td></tr></table>
      <p><a id="t" class="btn act-invite-85073003328" href="/newuser.do">Inviter Marie Peeters (page 2)</a></p>`;
    const taught = makeFingerprint(document.getElementById('t') as Element, 'grant.add-user');
    expect(taught).not.toBeNull();
    expect(JSON.stringify(taught)).not.toMatch(/\d|Marie|Peeters|Dupont|Boulangerie/i);
    expect(maskLearned([taught as Fingerprint])).toEqual({ kept: [taught], masked: 0, leftOut: 0 });
  });

  it('a masked import still finds its element: the caption of the portal is kept', () => {
    const html = `<h2>Utilisateurs</h2>
      <p><a id="t" class="act-invite" href="/newuser.do">Inviter un collaborateur</a><a href="/x">Retour</a></p>`;
    document.body.innerHTML = html;
    const file: Fingerprint = {
      stepId: 'grant.add-user',
      role: 'link',
      name: 'Inviter un collaborateur 85073003328 Marie Peeters',
      words: ['act', 'invite', 'newuser', 'do', 'u85073003328'],
      context: 'utilisateurs Marie Peeters',
    };
    const { kept, masked } = maskLearned([file]);
    expect(masked).toBe(1);
    expect(kept[0]?.name).toBe('Inviter un collaborateur ###########');
    const found = findTarget(document, 'grant.add-user', { learned: kept });
    expect(found.status === 'found' && found.element.id).toBe('t');
  });
});
