import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { manifestFor, ROOT } from '../../../scripts/build.ts';
import { isProcedureHost, PROCEDURE_HOSTS } from '../../../src/shared/hosts.ts';

const source = JSON.parse(readFileSync(join(ROOT, 'manifest.json'), 'utf8'));

describe('one manifest, two browsers', () => {
  it('gives Chrome a service worker and no Firefox-only keys', () => {
    const chrome = manifestFor('chrome', source);
    expect(chrome.background).toEqual({ service_worker: 'background.js' });
    expect(chrome.browser_specific_settings).toBeUndefined();
  });

  it('gives Firefox background scripts, a gecko id, a recent minimum version and no data collection', () => {
    const firefox = manifestFor('firefox', source);
    expect(firefox.background).toEqual({ scripts: ['background.js'] });
    const { gecko } = firefox.browser_specific_settings as { gecko: Record<string, unknown> };
    expect(gecko.id).toMatch(/@/);
    expect(Number.parseFloat(String(gecko.strict_min_version))).toBeGreaterThanOrEqual(142);
    expect(gecko.data_collection_permissions).toEqual({ required: ['none'] });
  });

  it('asks for storage, scripting (to load guide.js where the gate opens) and the four procedure hosts, nothing broader', () => {
    expect(source.permissions).toEqual(['storage', 'scripting']);
    expect(PROCEDURE_HOSTS).toEqual([
      'www.socialsecurity.be',
      'idp.iamfas.belgium.be',
      'kbopub.economie.fgov.be',
      'csam.be',
    ]);
    // CSAM: only the registration application's path, not the whole of csam.be.
    expect(source.host_permissions).toContain('https://csam.be/app032/*');
    expect(source.host_permissions).not.toContain('https://csam.be/*');
    for (const script of source.content_scripts) expect(script.matches).toEqual(source.host_permissions);
    // guide.js is injected by the background only: no page can load it, and no manifest entry runs it everywhere.
    expect(source.content_scripts.flatMap((script: { js: string[] }) => script.js)).toEqual(['content.js']);
    expect(source.web_accessible_resources).toBeUndefined();
    expect(JSON.stringify(source)).not.toMatch(/<all_urls>|\*:\/\/\*\/|"tabs"|guide\.js/);
  });

  it('recognises only the exact procedure hosts', () => {
    expect(isProcedureHost('www.socialsecurity.be')).toBe(true);
    expect(isProcedureHost('WWW.SOCIALSECURITY.BE')).toBe(true);
    expect(isProcedureHost('www.socialsecurity.be.example.net')).toBe(false);
    expect(isProcedureHost('socialsecurity.be')).toBe(false);
    expect(isProcedureHost('evil-socialsecurity.be')).toBe(false);
  });
});
