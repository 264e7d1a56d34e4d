import type { Metafile } from 'esbuild';
import type { RunningServer } from '../replica/https.ts';
import type { Certificates } from '../replica/tls.ts';
import type { Figure } from './figure.ts';

// A section measures one group of figures. It declares them up front, so that when its subject does not exist
// yet (or the run fails) each figure is still listed, as "not measured" with the reason.

export type PlannedFigure = Omit<Figure, 'value' | 'notMeasured' | 'detail'>;

export interface Replica {
  server: RunningServer;
  certs: Certificates;
}

export interface BenchEnv {
  root: string;
  /** The benchmark's scratch folder (profiles, builds), removed at the end of the run. */
  tmp: string;
  /** The freshly built unpacked extension for Chromium. */
  dist: string;
  /** esbuild's account of that build's bundles. */
  metafile: Metafile;
  /** The replica served over HTTPS at the real host names (started on first use). */
  replica(): Promise<Replica>;
  /** Chromium's version, recorded by the first section that launches it. */
  chromiumVersion?: string;
}

export interface Section {
  name: string;
  planned: readonly PlannedFigure[];
  measure(env: BenchEnv): Promise<Figure[]>;
}

/** Fills a planned figure with its measured value. */
export function measured(
  planned: readonly PlannedFigure[],
  key: string,
  value: number,
  detail?: Figure['detail'],
): Figure {
  const plan = planned.find((f) => f.key === key);
  if (!plan) throw new Error(`figure ${key} is not planned`);
  return detail ? { ...plan, value, detail } : { ...plan, value };
}
