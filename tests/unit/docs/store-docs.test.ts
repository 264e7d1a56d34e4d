import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../../scripts/build.ts';

// docs/store/ holds what the stores' forms ask for. The name and short description are the extension's own
// (_locales); every permission and host of the manifest has its justification.
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');
const manifest = JSON.parse(read('manifest.json')) as { permissions: string[]; host_permissions: string[] };

/** The value after "**Label**:" or "**Label** :", with its wrapped lines joined. */
function field(markdown: string, label: string): string {
  const match = new RegExp(`^\\*\\*${label}\\*\\*[^:]*:\\s*([\\s\\S]*?)\\n\\n`, 'm').exec(markdown);
  if (!match) throw new Error(`no **${label}** field`);
  return (match[1] as string).replace(/\s+/g, ' ').trim();
}

const LISTINGS = [
  {
    locale: 'fr',
    name: 'Nom',
    short: 'Description courte',
    does: "Ce qu'il fait",
    doesNot: "Ce qu'il ne fait pas",
  },
  {
    locale: 'nl',
    name: 'Naam',
    short: 'Korte beschrijving',
    does: 'Wat hij doet',
    doesNot: 'Wat hij niet doet',
  },
  { locale: 'de', name: 'Name', short: 'Kurzbeschreibung', does: 'Was er tut', doesNot: 'Was er nicht tut' },
  {
    locale: 'en',
    name: 'Name',
    short: 'Short description',
    does: 'What it does',
    doesNot: 'What it does not do',
  },
];

describe('the store listings', () => {
  it.each(LISTINGS)(
    "$locale: the extension's own name and description, what it does and does not do, the privacy policy",
    (listing) => {
      const text = read(`docs/store/listing.${listing.locale}.md`);
      const messages = JSON.parse(read(`_locales/${listing.locale}/messages.json`));
      expect(field(text, listing.name)).toBe(messages.extName.message);
      expect(field(text, listing.short)).toBe(messages.extDescription.message);
      expect(messages.extDescription.message.length).toBeLessThanOrEqual(132);
      expect(text).toContain(`**${listing.does}**`);
      expect(text).toContain(`**${listing.doesNot}**`);
      expect(text).toContain(`(privacy/${listing.locale}.md)`);
    },
  );
});

describe('the permission justifications', () => {
  it('justify every permission and host of the manifest, for both stores', () => {
    const text = read('docs/store/permissions.md');
    for (const permission of [...manifest.permissions, ...manifest.host_permissions])
      expect(text, permission).toMatch(
        new RegExp(`^\\| \`${permission.replace(/[.*]/g, '\\$&')}\` +\\| \\S`, 'm'),
      );
    expect(text).toContain('## Chrome Web Store');
    expect(text).toContain('## Firefox Add-ons (AMO)');
  });
});
