// `npm run package`: the Chrome Web Store zip, the AMO zip and the AMO source archive (AMO asks for the source when
// the code is minified) into artifacts/, for the version in package.json. Refuses a dirty tree or a version already
// packaged (scripts/package/guard.ts), lints the AMO zip with web-ext, then tags the commit v<version>.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cmd } from 'web-ext';
import { buildTarget, ROOT, TARGETS, VERSION } from './build.ts';
import { artifactNames, packageRefusal } from './package/guard.ts';
import { unzip } from './package/zip.ts';

/** The instructions AMO's reviewers follow; also put at the root of the source archive. */
export const BUILD_INSTRUCTIONS = 'docs/store/BUILD.md';
/** The folder the source archive unpacks to. */
export const SOURCE_PREFIX = 'onss-access-guide/';

const git = (...args: string[]) => execFileSync('git', args, { cwd: ROOT, encoding: 'utf8' });

/** The working tree as a git tree object (untracked files included, ignored ones not), leaving the index alone. */
function workingTree(): string {
  const index = join(mkdtempSync(join(tmpdir(), 'onss-index-')), 'index');
  const env = { ...process.env, GIT_INDEX_FILE: index };
  try {
    execFileSync('git', ['read-tree', 'HEAD'], { cwd: ROOT, env });
    execFileSync('git', ['add', '-A'], { cwd: ROOT, env });
    return execFileSync('git', ['write-tree'], { cwd: ROOT, env, encoding: 'utf8' }).trim();
  } finally {
    rmSync(dirname(index), { recursive: true, force: true });
  }
}

/** Builds and zips both browsers and archives the source of HEAD into `out`; returns the three paths. */
export async function makePackages(
  out: string,
  version = VERSION,
): Promise<Record<'chrome' | 'firefox' | 'source', string>> {
  mkdirSync(out, { recursive: true });
  const names = artifactNames(version);
  const scratch = mkdtempSync(join(tmpdir(), 'onss-package-'));
  try {
    for (const target of TARGETS) {
      const sourceDir = await buildTarget(target, scratch);
      await cmd.build(
        { sourceDir, artifactsDir: out, filename: names[target], overwriteDest: true },
        { shouldExitProgram: false },
      );
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  // What git would commit from the working tree (HEAD itself once the guard has passed), plus the instructions at
  // the root: the zips above were built from the same files.
  git(
    'archive',
    '--format=zip',
    `--prefix=${SOURCE_PREFIX}`,
    `--add-file=${BUILD_INSTRUCTIONS}`,
    '-o',
    join(out, names.source),
    workingTree(),
  );
  return {
    chrome: join(out, names.chrome),
    firefox: join(out, names.firefox),
    source: join(out, names.source),
  };
}

/** `web-ext lint` on the AMO zip's content, warnings counted as errors. */
export async function lintAmoZip(zip: string): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'onss-amo-lint-'));
  try {
    await unzip(zip, dir);
    const result = await cmd.lint(
      { sourceDir: dir, warningsAsErrors: true, output: 'text' },
      { shouldExitProgram: false },
    );
    if (result.errors.length + result.warnings.length > 0)
      throw new Error(`web-ext lint found problems in ${zip}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const artifacts = join(ROOT, 'artifacts');
  const refusal = packageRefusal({
    version: VERSION,
    uncommitted: git('status', '--porcelain').split('\n').filter(Boolean),
    tags: git('tag', '--list').split('\n').filter(Boolean),
    artifacts: existsSync(artifacts) ? readdirSync(artifacts) : [],
    changelog: readFileSync(join(ROOT, 'CHANGELOG.md'), 'utf8'),
  });
  if (refusal) {
    console.error(`npm run package: refused: ${refusal}`);
    process.exit(1);
  }
  const made = await makePackages(artifacts);
  await lintAmoZip(made.firefox);
  for (const path of Object.values(made)) console.log(`packaged ${path}`);
  git('tag', `v${VERSION}`);
  console.log(`tagged v${VERSION}: push the tag with the release`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
