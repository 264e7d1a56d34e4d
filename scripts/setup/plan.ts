// What the machine still needs before `npm test` / `npm start` can run, and how to get it: pure decisions over a
// described environment (scripts/setup.ts probes the real one and carries the plan out). Debian/Ubuntu packages.

export const PACKAGES = ['chromium', 'firefox-esr', 'libnss3-tools', 'openssl'] as const;
export type Package = (typeof PACKAGES)[number];

/** What each command needs: the tests drive both browsers; `npm start` one of them. */
export const NEEDS = {
  test: PACKAGES,
  start: ['chromium', 'openssl'],
  'start-firefox': ['firefox-esr', 'libnss3-tools', 'openssl'],
} as const satisfies Record<string, readonly Package[]>;
export type Purpose = keyof typeof NEEDS;

/** How to tell a package is there: an executable at a fixed path (the harness's) or a command on the PATH. */
export const PROVIDES: Record<Package, { path: string } | { command: string }> = {
  chromium: { path: '/usr/lib/chromium/chromium' },
  'firefox-esr': { path: '/usr/bin/firefox-esr' },
  'libnss3-tools': { command: 'certutil' },
  openssl: { command: 'openssl' },
};

export interface Environment {
  /** Whether an executable file exists at an absolute path. */
  isExecutable(path: string): boolean;
  /** Whether a command is found on the PATH. */
  hasCommand(command: string): boolean;
  isRoot: boolean;
  /** Whether there is a terminal to ask for sudo's password on. */
  interactive: boolean;
}

export type SetupPlan =
  | { kind: 'ready' }
  | { kind: 'install'; missing: Package[]; commands: string[][]; manual: string }
  | { kind: 'stop'; missing: Package[]; reason: string; manual: string };

export function missingPackages(purpose: Purpose, env: Environment): Package[] {
  return NEEDS[purpose].filter((pkg) => {
    const provides = PROVIDES[pkg];
    return 'path' in provides ? !env.isExecutable(provides.path) : !env.hasCommand(provides.command);
  });
}

export function planSetup(purpose: Purpose, env: Environment): SetupPlan {
  const missing = missingPackages(purpose, env);
  if (missing.length === 0) return { kind: 'ready' };
  const sudo = env.isRoot ? [] : ['sudo'];
  const commands = [
    [...sudo, 'apt-get', 'update'],
    [...sudo, 'env', 'DEBIAN_FRONTEND=noninteractive', 'apt-get', 'install', '-y', ...missing],
  ];
  const manual = commands.map((command) => command.join(' ')).join(' && ');
  if (!env.hasCommand('apt-get'))
    return {
      kind: 'stop',
      missing,
      reason: `no apt-get here (not Debian/Ubuntu): install ${missing.join(', ')} with this system's package manager`,
      manual,
    };
  if (env.isRoot) return { kind: 'install', missing, commands, manual };
  if (!env.hasCommand('sudo'))
    return { kind: 'stop', missing, reason: 'not root and no sudo: run this as root', manual };
  // Without a terminal sudo cannot ask for a password: `sudo -n` fails at once instead of hanging.
  const withSudo = env.interactive ? commands : commands.map(([, ...rest]) => ['sudo', '-n', ...rest]);
  return { kind: 'install', missing, commands: withSudo, manual };
}
