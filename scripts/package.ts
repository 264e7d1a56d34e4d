// Store-ready archives: one zip per browser from dist/, plus the source archive reviewers ask for (Firefox AMO
// requires the source when the code is minified). web-ext's zipper is used for both browsers: one tool, no system zip.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cmd } from 'web-ext';
import { buildTarget, ROOT, TARGETS } from './build.ts';

const artifacts = join(ROOT, 'artifacts');
mkdirSync(artifacts, { recursive: true });
const { version } = JSON.parse(readFileSync(join(ROOT, 'manifest.json'), 'utf8')) as { version: string };

for (const target of TARGETS) {
  const sourceDir = await buildTarget(target);
  const filename = `onss-access-guide-${version}-${target}.zip`;
  await cmd.build(
    { sourceDir, artifactsDir: artifacts, filename, overwriteDest: true },
    { shouldExitProgram: false },
  );
  console.log(`packaged ${join(artifacts, filename)}`);
}

// The source archive holds exactly what git tracks at HEAD, so it rebuilds to the same bundles with `npm ci && npm run build`.
const source = join(artifacts, `onss-access-guide-${version}-source.zip`);
execFileSync('git', ['archive', '--format=zip', '--prefix=onss-access-guide/', '-o', source, 'HEAD'], {
  cwd: ROOT,
});
console.log(`packaged ${source}`);
