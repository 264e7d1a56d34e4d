import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { build } from 'esbuild';

// The peer for pageLoad.peerRatio: the tour a firm would build with an off-the-shelf library instead of our guide,
// Driver.js in a manifest content script on the same hosts, frames and timing as ours, highlighting a fixed
// element with a popover on every page. Built by the benchmark into its scratch folder; never shipped.

/** The element the peer highlights: every page of pageLoad's rotation has one. */
export const PEER_SELECTOR = 'h1';
/** The peer's content script, as its manifest names it. */
export const PEER_SCRIPT = 'peer.js';
/** Driver.js's popover: the peer's hint, shown. */
export const PEER_POPOVER = '.driver-popover';

const ENTRY = `import { driver } from 'driver.js';
driver({ allowClose: true }).highlight({
  element: ${JSON.stringify(PEER_SELECTOR)},
  popover: { title: 'Étape suivante', description: 'Cliquez ici pour continuer.' },
});`;

interface ContentScript {
  matches: string[];
  run_at?: string;
  all_frames?: boolean;
}

/** Builds the peer extension into `dir` from our built manifest's content script (`dist`) and returns `dir`. */
export async function buildPeer(dist: string, dir: string, root: string): Promise<string> {
  mkdirSync(dir, { recursive: true });
  const ours = (
    JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8')) as {
      content_scripts: ContentScript[];
    }
  ).content_scripts[0];
  if (!ours) throw new Error('our manifest has no content script to mirror');
  await build({
    stdin: { contents: ENTRY, resolveDir: root, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'chrome120',
    outfile: join(dir, PEER_SCRIPT),
    logLevel: 'silent',
  });
  const library = dirname(createRequire(join(root, 'package.json')).resolve('driver.js'));
  copyFileSync(join(library, 'driver.css'), join(dir, 'driver.css'));
  const manifest = {
    manifest_version: 3,
    name: 'Peer tour (Driver.js)',
    version: '1.0.0',
    content_scripts: [
      {
        matches: ours.matches,
        js: [PEER_SCRIPT],
        css: ['driver.css'],
        ...(ours.run_at ? { run_at: ours.run_at } : {}),
        ...(ours.all_frames ? { all_frames: ours.all_frames } : {}),
      },
    ],
  };
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2));
  return dir;
}
