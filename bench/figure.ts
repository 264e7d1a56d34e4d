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
