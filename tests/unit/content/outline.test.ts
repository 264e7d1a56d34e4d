// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { anonymise, anonymisedAddress, pageOutline, problemReport } from '../../../src/content/outline.ts';

describe('problem report outline', () => {
  it('keeps structure and the procedure vocabulary; drops values, names, numbers and e-mails', () => {
    document.body.innerHTML = `
      <header><h1>Gestion des accès — ACME SA (0403.199.702)</h1></header>
      <main>
        <form>
          <label for="n">NISS</label><input id="n" value="70041243623" placeholder="YY.MM.DD-XXX.XX">
          <input type="password" id="pw" value="secret-pin" aria-label="Mot de passe">
          <input type="hidden" value="token-123">
          <textarea>jean.dupont@example.com 0475 12 34 56</textarea>
          <input type="submit" value="Suivant">
          <div role="button">Annuler</div>
          <a href="#">Jean Dupont</a>
        </form>
        <p>Contact: jean.dupont@example.com</p>
      </main>`;
    const outline = pageOutline(document).join('\n');
    expect(outline).toContain('h1 "Gestion des accès — … (####.###.###)"');
    expect(outline).toContain('input[text] "NISS"');
    expect(outline).toContain('input[submit] "Suivant"');
    expect(outline).toContain('div[role=button] "Annuler"');
    expect(outline).toContain('a "…"');
    expect(outline).toMatch(/^ {2}form$/m);
    expect(outline).toMatch(/^ {4}label "NISS"$/m);
    expect(outline).toContain('input[password] "Mot de passe"');
    for (const secret of [
      '70041243623',
      'secret',
      'token',
      'jean',
      'Jean',
      'Dupont',
      'ACME',
      'example',
      '0475',
    ])
      expect(outline).not.toContain(secret);
    expect(outline).not.toMatch(/"[^"\n]*\d[^"\n]*"/);
  });

  it('sees into open shadow roots and stops at the line budget', () => {
    document.body.innerHTML = '<div id="h"></div>';
    const shadow = (document.getElementById('h') as HTMLElement).attachShadow({ mode: 'open' });
    shadow.innerHTML = '<button>Ajouter un utilisateur</button>';
    expect(pageOutline(document)).toContain('button "Ajouter un utilisateur"');
    document.body.innerHTML = '<a>x</a>'.repeat(50);
    const lines = pageOutline(document, 10);
    expect(lines).toHaveLength(11);
    expect(lines.at(-1)).toBe('…');
  });

  it('anonymises free text and addresses', () => {
    expect(anonymise('  NISS 70.04.12-436.23\n mail a.b@c.be ')).toBe('NISS ##.##.##-###.## mail [e-mail]');
    expect(anonymise('Entreprise : Boulangerie Dupont SRL – 0403.170.701')).toBe(
      'Entreprise : … – ####.###.###',
    );
    expect(anonymisedAddress('https://www.socialsecurity.be/app123/users/70041243623?niss=1#x')).toBe(
      'https://www.socialsecurity.be/app###/users/###########',
    );
  });

  it('the report is the outline with the step, the address and masked candidates', () => {
    document.documentElement.lang = 'fr';
    document.body.innerHTML = '<h1>Utilisateurs</h1><a href="#">Marie Peeters 0403170701</a>';
    const text = problemReport({
      doc: document,
      url: 'https://www.socialsecurity.be/x?company=0403170701',
      stepId: 'grant.add-user',
      found: { status: 'not-found', candidates: [{ score: 0.5, name: 'Marie Peeters' }] },
    });
    expect(text).toContain('lang: fr\nstep: grant.add-user\ntarget: not-found\n  candidate 0.50 "…"');
    for (const secret of ['Marie', 'Peeters', '0403170701']) expect(text).not.toContain(secret);
  });
});
