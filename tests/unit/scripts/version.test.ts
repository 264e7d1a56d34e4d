import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { manifestFor, ROOT, TARGETS, VERSION } from '../../../scripts/build.ts';

const read = (file: string) => JSON.parse(readFileSync(join(ROOT, file), 'utf8'));

describe('the version, in one place', () => {
  it('is written in package.json only, and the build puts it into both manifests', () => {
    expect(VERSION).toBe(read('package.json').version);
    const source = read('manifest.json');
    expect(source.version).toBeUndefined();
    for (const target of TARGETS) expect(manifestFor(target, source).version).toBe(VERSION);
  });

  it('has its entry in CHANGELOG.md', () => {
    expect(readFileSync(join(ROOT, 'CHANGELOG.md'), 'utf8')).toMatch(
      new RegExp(`^## \\[?${VERSION.replaceAll('.', '\\.')}\\]? `, 'm'),
    );
  });
});
