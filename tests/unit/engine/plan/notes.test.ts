import { describe, expect, it } from 'vitest';
import { type RightsFacts, rightsNotes } from '../../../../src/engine/plan/notes.ts';

// The rights notes quote each right as the page labels its box; the catalogue's name only for a right whose box
// the page does not label (or does not have).

const strings = {
  card_quote: '« $1 »',
  hint_rightsTicked: 'ticked: $1, then « $2 »',
  hint_name_grantSave: 'Enregistrer',
  hint_rightsByHand: 'by hand: $1',
  hint_right_ecaro: 'Ecaro',
  hint_right_dimonaDeclaration: 'Déclaration Dimona',
  hint_right_consultationFactures: 'Consultation Factures',
};

describe('rightsNotes', () => {
  it("quotes the page's label of each box, and the catalogue's name where the page gives none", () => {
    const facts: RightsFacts = {
      complete: false,
      ticked: ['ecaro', 'dimona-declaration'],
      missing: ['consultation-factures'],
      failed: [],
      wrong: [],
      labels: { ecaro: 'Ecaro — Consultation externe A055 ONEM' },
    };
    expect(rightsNotes(strings, facts, null).map((n) => n.text)).toEqual([
      'ticked: « Ecaro — Consultation externe A055 ONEM », « Déclaration Dimona », then « Enregistrer »',
      'by hand: « Consultation Factures »',
    ]);
  });

  it("quotes the save button as the page shows it, the catalogue's name only when it was not found", () => {
    const facts = {
      complete: true,
      ticked: ['ecaro' as const],
      missing: [],
      failed: [],
      wrong: [],
      labels: {},
    };
    expect(rightsNotes(strings, facts, 'Sauvegarder les droits')[0]?.text).toBe(
      'ticked: « Ecaro », then « Sauvegarder les droits »',
    );
    expect(rightsNotes(strings, facts, null)[0]?.text).toBe('ticked: « Ecaro », then « Enregistrer »');
  });
});
