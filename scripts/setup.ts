// Installs the Debian packages `npm test` / `npm start` need and are missing (the browsers, certutil, openssl), with
// sudo when not root, or stops at once with the exact command to run. `npm test` (pretest), `npm start` and .ci/run
// call it: `tsx scripts/setup.ts [test|start|start-firefox]` (default: test). The decisions are in setup/plan.ts.
import { spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Environment, NEEDS, type Purpose, planSetup } from './setup/plan.ts';

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

export function realEnvironment(): Environment {
  return {
    isExecutable,
    hasCommand: (command) =>
      (process.env.PATH ?? '').split(delimiter).some((dir) => dir !== '' && isExecutable(join(dir, command))),
    isRoot: process.getuid?.() === 0,
    interactive: Boolean(process.stdin.isTTY),
  };
}

/** Makes sure what `purpose` needs is installed; exits the process with an explanation when it cannot. */
export function ensureSetup(purpose: Purpose): void {
  const plan = planSetup(purpose, realEnvironment());
  if (plan.kind === 'ready') return;
  const fail = (reason: string): never => {
    console.error(`setup: missing ${plan.missing.join(', ')}; ${reason}. Run:\n  ${plan.manual}`);
    process.exit(1);
  };
  if (plan.kind === 'stop') fail(plan.reason);
  if (plan.kind !== 'install') return;
  console.log(`setup: installing ${plan.missing.join(', ')}`);
  for (const [command, ...args] of plan.commands) {
    const run = spawnSync(command as string, args, { stdio: 'inherit' });
    if (run.status !== 0) fail(`\`${[command, ...args].join(' ')}\` failed`);
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const purpose = process.argv[2] ?? 'test';
  if (!(purpose in NEEDS)) {
    console.error(`usage: tsx scripts/setup.ts [${Object.keys(NEEDS).join('|')}]`);
    process.exit(2);
  }
  ensureSetup(purpose as Purpose);
}
