import { describe, expect, it } from 'vitest';
import { type PackageFacts, packageRefusal } from '../../../scripts/package/guard.ts';

const ready: PackageFacts = {
  version: '1.2.0',
  uncommitted: [],
  tags: ['v1.0.0', 'v1.1.0'],
  artifacts: ['onss-access-guide-1.1.0-chrome.zip'],
  changelog: '# Changelog\n\n## 1.2.0 — 2026-12-05\n\n- more\n\n## 1.1.0\n',
};

describe('npm run package refuses', () => {
  it('nothing when the tree is committed, the version new and in the CHANGELOG', () => {
    expect(packageRefusal(ready)).toBeNull();
    expect(packageRefusal({ ...ready, changelog: '## [1.2.0] - 2026-12-05' })).toBeNull();
  });

  it('a dirty tree, naming what is uncommitted', () => {
    expect(packageRefusal({ ...ready, uncommitted: [' M src/popup/Popup.tsx', '?? notes.txt'] })).toMatch(
      /uncommitted.*\n.*Popup\.tsx\n.*notes\.txt/,
    );
  });

  it('a version already packaged, by its tag or by its files in artifacts/', () => {
    expect(packageRefusal({ ...ready, tags: [...ready.tags, 'v1.2.0'] })).toMatch(
      /already packaged \(tag v1\.2\.0\)/,
    );
    expect(packageRefusal({ ...ready, artifacts: ['onss-access-guide-1.2.0-source.zip'] })).toMatch(
      /already packaged.*1\.2\.0-source\.zip/,
    );
    // A tag of a longer version is another version.
    expect(packageRefusal({ ...ready, tags: ['v1.2.00', 'v11.2.0'] })).toBeNull();
  });

  it('a version without its CHANGELOG entry, or one the stores would not take', () => {
    expect(packageRefusal({ ...ready, changelog: '## 1.1.0\n## 1.2.01\n' })).toMatch(/no "## 1\.2\.0" entry/);
    for (const version of ['1.2', '1.2.0-beta', '01.2.0', 'v1.2.0'])
      expect(packageRefusal({ ...ready, version })).toMatch(/not of the form/);
  });
});
