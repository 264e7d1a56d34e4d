// Whether `npm run package` may package this version: pure decisions over the facts scripts/package.ts gathers.
// A store version is packaged once, from a committed tree, with its CHANGELOG entry.

export interface PackageFacts {
  /** package.json's version: the one place it is written. */
  version: string;
  /** `git status --porcelain` lines: anything uncommitted, untracked files included. */
  uncommitted: string[];
  /** The repository's git tags (`npm run package` tags each version it packages `v<version>`). */
  tags: string[];
  /** The files already in artifacts/. */
  artifacts: string[];
  /** CHANGELOG.md's text. */
  changelog: string;
}

/** The stores take one to four dot-separated numbers; we use three (semver without a suffix). */
const STORE_VERSION = /^(0|[1-9]\d{0,8})\.(0|[1-9]\d{0,8})\.(0|[1-9]\d{0,8})$/;

export const artifactNames = (version: string) => ({
  chrome: `onss-access-guide-${version}-chrome.zip`,
  firefox: `onss-access-guide-${version}-firefox.zip`,
  source: `onss-access-guide-${version}-source.zip`,
});

/** Why packaging must not go ahead, or null when it may. */
export function packageRefusal(facts: PackageFacts): string | null {
  const { version } = facts;
  if (!STORE_VERSION.test(version))
    return `version "${version}" in package.json is not of the form 1.2.3 that both stores accept`;
  if (facts.uncommitted.length > 0)
    return `the working tree has uncommitted changes (the source archive is the last commit): commit or stash them first:\n  ${facts.uncommitted.join('\n  ')}`;
  const raise = 'raise the version in package.json and add its entry to CHANGELOG.md';
  if (facts.tags.includes(`v${version}`))
    return `version ${version} was already packaged (tag v${version}): ${raise}`;
  const already = Object.values(artifactNames(version)).filter((name) => facts.artifacts.includes(name));
  if (already.length > 0)
    return `version ${version} was already packaged (artifacts/${already[0]} exists): ${raise}, or delete artifacts/ if that package was never published`;
  const entry = new RegExp(`^## \\[?${version.replaceAll('.', '\\.')}\\]?(\\s|$)`, 'm');
  if (!entry.test(facts.changelog))
    return `CHANGELOG.md has no "## ${version}" entry: add what changed in this version`;
  return null;
}
