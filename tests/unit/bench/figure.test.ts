import { describe, expect, it } from 'vitest';
import { median, meets, percentile } from '../../../bench/figure.ts';

describe('figure statistics', () => {
  it('takes nearest-rank percentiles', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2);
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 95)).toBe(10);
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 90)).toBe(9);
    expect(() => median([])).toThrow();
  });

  it('judges a figure against its target only when it has a value', () => {
    const base = { key: 'k', unit: 'ms' as const, method: 'm', target: { op: '<=' as const, value: 10 } };
    expect(meets({ ...base, value: 10 })).toBe(true);
    expect(meets({ ...base, value: 10.1 })).toBe(false);
    expect(meets({ ...base, target: { op: '>=', value: 0.98 }, value: 0.97 })).toBe(false);
    expect(meets({ ...base, target: { op: '==', value: 0 }, value: 0 })).toBe(true);
    expect(meets({ ...base, notMeasured: 'no part' })).toBeUndefined();
    expect(meets({ key: 'k', unit: 'bytes', method: 'm', value: 3 })).toBeUndefined();
  });
});
