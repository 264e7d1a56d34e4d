import { describe, expect, it } from 'vitest';
import { median, medianInterval, meets, percentile } from '../../../bench/figure.ts';

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

describe('medianInterval', () => {
  it('takes the order statistics of the sign test', () => {
    const ten = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    // n = 10: P(X ≤ 1) = 0.0107 ≤ 0.025 < P(X ≤ 2) = 0.0547, so the 2nd smallest and 2nd largest.
    expect(medianInterval(ten)).toEqual([2, 9]);
    expect(medianInterval([...ten].reverse())).toEqual([2, 9]);
    // n = 6: P(X = 0) = 0.0156, the extremes; n = 5: P(X = 0) = 0.031, no 95 % interval.
    expect(medianInterval([1, 2, 3, 4, 5, 6])).toEqual([1, 6]);
    expect(medianInterval([1, 2, 3, 4, 5])).toBeUndefined();
  });

  it('narrows as the sample grows, around the median', () => {
    const sample = Array.from({ length: 100 }, (_, i) => i);
    // n = 100: k = 40 (P(X ≤ 39) = 0.018, P(X ≤ 40) = 0.028).
    expect(medianInterval(sample)).toEqual([39, 60]);
  });
});
