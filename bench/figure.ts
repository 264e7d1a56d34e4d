// What every measurement returns: a named figure with its unit, its target and one sentence on how it was measured.
// A figure that could not be measured says why instead of carrying a value; nothing is ever filled in by hand.

export type Unit = 'bytes' | 'ms' | 'ratio' | 'count' | 'pages';

export interface Target {
  op: '<=' | '>=' | '==';
  value: number;
}

export interface Figure {
  key: string;
  unit: Unit;
  /** Absent for figures given for information only (gzip sizes, controls). */
  target?: Target;
  /** One sentence: how the number was obtained, so a reader can judge it. */
  method: string;
  value?: number;
  /** Why there is no value (the part it measures does not exist yet, or the run failed). */
  notMeasured?: string;
  /** Side numbers that help read the figure (sample counts, spreads, controls). */
  detail?: Record<string, number | string>;
}

/** Thrown by a measurement whose subject does not exist yet: reported as "not measured", not as a failure. */
export class NotMeasured extends Error {}

export function meets(figure: Figure): boolean | undefined {
  if (figure.value === undefined || figure.target === undefined) return undefined;
  const { op, value } = figure.target;
  if (op === '<=') return figure.value <= value;
  if (op === '>=') return figure.value >= value;
  return figure.value === value;
}

export function notMeasured(figures: readonly Omit<Figure, 'value'>[], why: string): Figure[] {
  return figures.map((f) => ({ ...f, notMeasured: why }));
}

export function median(values: readonly number[]): number {
  return percentile(values, 50);
}

/** Nearest-rank percentile (p in 0..100) of a non-empty sample. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) throw new Error('percentile of an empty sample');
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1] as number;
}

export function round(value: number, digits = 2): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

/**
 * A distribution-free interval for the median of a sample (the sign test's, from order statistics): the k-th
 * smallest and k-th largest values, with k the largest rank such that P(Binomial(n, ½) < k) ≤ (1 − confidence) / 2.
 * Its confidence is at least `confidence`; undefined when the sample is too small for it (n < 6 at 95 %).
 */
export function medianInterval(values: readonly number[], confidence = 0.95): [number, number] | undefined {
  const n = values.length;
  const tail = (1 - confidence) / 2;
  let pmf = 0.5 ** n;
  let cdf = 0;
  let k = 0;
  // cdf = P(X ≤ i) for X ~ Binomial(n, ½); k ends as the largest i + 1 with P(X ≤ i) ≤ tail.
  for (let i = 0; i < n; i++) {
    cdf += pmf;
    if (cdf > tail) break;
    k = i + 1;
    pmf = (pmf * (n - i)) / (i + 1);
  }
  if (k === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  return [sorted[k - 1] as number, sorted[n - k] as number];
}
