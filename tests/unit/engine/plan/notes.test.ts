import { describe, expect, it } from 'vitest';
import { rightsNotes } from '../../../../src/engine/plan/notes.ts';

// The rights notes quote each right as the page labels its box; the catalogue's name only for a right whose box
// the page does not label (or does not have).

const strings = {
  card_quote: '« $1 »',
  hint_rightsTicked: 'ticked: $1',
  hint_rightsByHand: 'by hand: $1',
  hint_right_ecaro: 'Ecaro',
  hint_right_dimonaDeclaration: 'Déclaration Dimona',
  hint_right_consultationFactures: 'Consultation Factures',
};

describe('rightsNotes', () => {
  it("quotes the page's label of each box, and the catalogue's name where the page gives none", () => {
    const notes = rightsNotes(strings, {
      complete: false,
      ticked: ['ecaro', 'dimona-declaration'],
      missing: ['consultation-factures'],
      failed: [],
      wrong: [],
      labels: { ecaro: 'Ecaro — Consultation externe A055 ONEM' },
    });
    expect(notes.map((n) => n.text)).toEqual([
      'ticked: « Ecaro — Consultation externe A055 ONEM », « Déclaration Dimona »',
      'by hand: « Consultation Factures »',
    ]);
  });
});
