import { describe, expect, it } from 'vitest';
import type { Figure } from '../../../bench/figure.ts';
import {
  formatTarget,
  formatValue,
  README_MARKS,
  renderMarkdown,
  toResults,
  verdict,
  withReadmeFigures,
} from '../../../bench/report.ts';

const machine = { os: 'Debian', cpu: 'CPU', cores: 2, memoryGiB: 4, node: 'v20' };
const size: Figure = {
  key: 'bundles.contentBytes',
  unit: 'bytes',
  target: { op: '<=', value: 30 * 1024 },
  method: 'Size of content.js.',
  value: 40_000,
};
const missing: Figure = {
  key: 'effort.ratio',
  unit: 'ratio',
  target: { op: '<=', value: 0.4 },
  method: 'Clicks | keystrokes.',
  notMeasured: 'the guide did not go end to end',
};

describe('benchmark report', () => {
  it('formats values and targets in their units', () => {
    expect(formatValue(12_288, 'bytes')).toBe('12,288 B (12.0 KB)');
    expect(formatValue(4.567, 'ms')).toBe('4.57 ms');
    expect(formatValue(0.99264, 'ratio')).toBe('0.9926');
    expect(formatTarget(size)).toBe('≤ 30 KB');
    expect(formatTarget({ ...missing, target: { op: '==', value: 1 } })).toBe('= 1');
  });

  it('says whether each figure meets its target, and why one was not measured', () => {
    expect(verdict(size)).toBe('MISSES');
    expect(verdict({ ...size, value: 1000 })).toBe('meets');
    expect(verdict({ ...size, target: undefined })).toBe('info');
    expect(verdict(missing)).toBe('not measured: the guide did not go end to end');
  });

  it('writes the machine, the code, a table row and a method sentence per figure', () => {
    const results = toResults([size, missing], machine, 'abc1234', new Date('2026-11-28T05:00:00Z'), 61.4);
    expect(results.figures['bundles.contentBytes']?.meets).toBe(false);
    expect(results.figures['effort.ratio']?.meets).toBeUndefined();
    const md = renderMarkdown(results);
    expect(md).toContain('2026-11-28T05:00:00.000Z (the run took 61 s)');
    expect(md).toContain('- Code: abc1234');
    expect(md).toContain('| `bundles.contentBytes` | 40,000 B (39.1 KB) | ≤ 30 KB | MISSES |');
    expect(md).toContain(
      '| `effort.ratio` | not measured | ≤ 0.4 | not measured: the guide did not go end to end |',
    );
    expect(md).toContain('- `effort.ratio`: Clicks \\| keystrokes.');
  });
});

describe('the README figures', () => {
  const results = toResults([size, missing], machine, 'abc1234', new Date('2026-11-28T05:00:00Z'), 61.4);

  it('replace what is between the marks with the figures that have a target, against it', () => {
    const readme = `# R\n\n${README_MARKS[0]}\nold\n${README_MARKS[1]}\n\nafter\n`;
    const updated = withReadmeFigures(readme, results);
    expect(updated).not.toContain('old');
    expect(updated).toMatch(/\| `bundles\.contentBytes` \| 40,000 B \(39\.1 KB\) \| ≤ 30 KB +\| MISSES +\|/);
    expect(updated).toContain('Latest full run: 2026-11-28, code abc1234');
    expect(updated.endsWith(`${README_MARKS[1]}\n\nafter\n`)).toBe(true);
    expect(withReadmeFigures(updated, results)).toBe(updated);
  });

  it('leave a README without the marks as it is', () => {
    expect(withReadmeFigures('# R\n', results)).toBe('# R\n');
  });
});
