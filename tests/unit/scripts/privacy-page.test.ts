import { describe, expect, it } from 'vitest';
import { ROOT } from '../../../scripts/build.ts';
import { markdownToHtml, PRIVACY_LOCALES, privacyPage } from '../../../scripts/privacy-page.ts';

describe('the privacy page in the extension', () => {
  it('turns the policy Markdown into HTML: headings, paragraphs, wrapped list items, code and bold, escaped', () => {
    expect(markdownToHtml('# Title\n\nOne\nline <b>.\n\n- **a** `x`\n  wrapped\n- b\nAfter')).toBe(
      '<h1>Title</h1>\n<p>One line &lt;b&gt;.</p>\n<ul><li><strong>a</strong> <code>x</code> wrapped</li><li>b</li></ul>\n<p>After</p>',
    );
  });

  it('holds one section per language of the extension (the options page links to #<locale>), each saying what is stored and that nothing is sent', () => {
    const page = privacyPage(ROOT);
    expect(PRIVACY_LOCALES).toEqual(['fr', 'nl', 'de', 'en']);
    const sections = page.split('<section').slice(1);
    expect(sections.map((section) => /id="(\w+)"/.exec(section)?.[1])).toEqual([...PRIVACY_LOCALES]);
    for (const section of sections) {
      expect(section).toContain('<code>storage.local</code>');
      expect(section).toContain('<code>storage.managed</code>');
      expect(section).toMatch(/NISS|INSZ|ENSS/);
      expect(section).toContain('csam.be');
    }
    expect(page).not.toMatch(/<script/);
  });
});
