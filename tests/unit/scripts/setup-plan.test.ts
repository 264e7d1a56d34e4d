import { describe, expect, it } from 'vitest';
import { type Environment, planSetup } from '../../../scripts/setup/plan.ts';

/** A described machine: which executables exist and which commands are on the PATH. */
function machine(
  options: { paths?: string[]; commands?: string[]; isRoot?: boolean; interactive?: boolean } = {},
): Environment {
  const paths = new Set(options.paths ?? []);
  const commands = new Set(options.commands ?? []);
  return {
    isExecutable: (path) => paths.has(path),
    hasCommand: (command) => commands.has(command),
    isRoot: options.isRoot ?? false,
    interactive: options.interactive ?? true,
  };
}

const EVERYTHING = {
  paths: ['/usr/lib/chromium/chromium', '/usr/bin/firefox-esr'],
  commands: ['certutil', 'openssl', 'apt-get', 'sudo'],
};

describe('the setup plan', () => {
  it('does nothing when everything is installed', () => {
    expect(planSetup('test', machine(EVERYTHING))).toEqual({ kind: 'ready' });
  });

  it('installs only what is missing, as root without sudo (CI on a fresh machine)', () => {
    const plan = planSetup('test', machine({ commands: ['apt-get', 'openssl'], isRoot: true }));
    expect(plan).toMatchObject({
      kind: 'install',
      missing: ['chromium', 'firefox-esr', 'libnss3-tools'],
      commands: [
        ['apt-get', 'update'],
        [
          'env',
          'DEBIAN_FRONTEND=noninteractive',
          'apt-get',
          'install',
          '-y',
          'chromium',
          'firefox-esr',
          'libnss3-tools',
        ],
      ],
    });
  });

  it('uses sudo when not root, and sudo -n without a terminal so that it fails at once instead of waiting', () => {
    const env = { paths: ['/usr/bin/firefox-esr'], commands: ['apt-get', 'sudo', 'certutil', 'openssl'] };
    const withTerminal = planSetup('test', machine(env));
    expect(withTerminal).toMatchObject({ kind: 'install', missing: ['chromium'] });
    if (withTerminal.kind !== 'install') throw new Error('expected an install');
    expect(withTerminal.commands.map((c) => c.slice(0, 2))).toEqual([
      ['sudo', 'apt-get'],
      ['sudo', 'env'],
    ]);
    const noTerminal = planSetup('test', machine({ ...env, interactive: false }));
    if (noTerminal.kind !== 'install') throw new Error('expected an install');
    expect(noTerminal.commands.map((c) => c.slice(0, 3))).toEqual([
      ['sudo', '-n', 'apt-get'],
      ['sudo', '-n', 'env'],
    ]);
    expect(noTerminal.manual).toBe(
      'sudo apt-get update && sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y chromium',
    );
  });

  it('stops with the exact command when not root and there is no sudo', () => {
    const plan = planSetup('test', machine({ commands: ['apt-get', 'certutil', 'openssl'] }));
    expect(plan).toMatchObject({
      kind: 'stop',
      missing: ['chromium', 'firefox-esr'],
      manual:
        'sudo apt-get update && sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y chromium firefox-esr',
    });
  });

  it('stops on a machine without apt-get, naming what to install', () => {
    const plan = planSetup('start', machine({ commands: ['sudo'], isRoot: true }));
    expect(plan).toMatchObject({ kind: 'stop', missing: ['chromium', 'openssl'] });
    if (plan.kind === 'stop') expect(plan.reason).toContain('no apt-get');
  });

  it('asks npm start for one browser only: Chromium, or Firefox ESR and certutil with --firefox', () => {
    const env = machine({ commands: ['apt-get', 'openssl'], isRoot: true });
    expect(planSetup('start', env)).toMatchObject({ missing: ['chromium'] });
    expect(planSetup('start-firefox', env)).toMatchObject({ missing: ['firefox-esr', 'libnss3-tools'] });
  });
});
