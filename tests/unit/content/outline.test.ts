// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { anonymise, anonymisedAddress, pageOutline } from '../../../src/content/outline.ts';

describe('problem report outline', () => {
  it('keeps structure and captions, drops values, masks numbers and e-mails', () => {
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
        </form>
        <p>Contact: jean.dupont@example.com</p>
      </main>`;
    const outline = pageOutline(document).join('\n');
    expect(outline).toContain('h1 "Gestion des accès — ACME SA (####.###.###)"');
    expect(outline).toContain('input[text] "NISS"');
    expect(outline).toContain('input[submit] "Suivant"');
    expect(outline).toContain('div[role=button] "Annuler"');
    expect(outline).toMatch(/^ {2}form$/m);
    expect(outline).toMatch(/^ {4}label "NISS"$/m);
    expect(outline).toContain('input[password] "Mot de passe"');
    for (const secret of ['70041243623', 'secret', 'token', 'jean', 'example', '0475'])
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
    expect(anonymisedAddress('https://www.socialsecurity.be/app123/users/70041243623?niss=1#x')).toBe(
      'https://www.socialsecurity.be/app###/users/###########',
    );
  });
});
