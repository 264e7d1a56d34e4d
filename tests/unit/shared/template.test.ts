import { describe, expect, it } from 'vitest';
import { t } from '../../../src/shared/template.ts';

describe('page-language strings', () => {
  it('substitutes $1..$9 and $$, and gives "" for an unknown key', () => {
    const strings = { card_count: 'Étape $1 sur $2', card_cost: '$$1 = $1' };
    expect(t(strings, 'card_count', '3', '14')).toBe('Étape 3 sur 14');
    expect(t(strings, 'card_cost', 'x')).toBe('$1 = x');
    expect(t(strings, 'card_count')).toBe('Étape  sur ');
    expect(t(strings, 'nope')).toBe('');
  });
});
