import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { BROWSERS, useExtensionBrowsers } from '../harness/suite.ts';
import type { ExtensionBrowser } from '../harness/types.ts';

// The end of the job in the built popup, in both browsers: when every analyst of every company has access, the
// popup opens on the e-mail to the firm, the checklist is closed, and nothing else asks for attention.

const e2e = useExtensionBrowsers((_req, res) => {
  res.writeHead(404);
  res.end();
});

const GRANTED = { status: 'granted', updatedAt: 1 };
const finishedState = {
  version: 1,
  settings: { uiLocale: 'fr' },
  companies: [
    {
      enterpriseNumber: '0403170701',
      name: 'Boulangerie Dupont SRL',
      registration: 'done',
      analysts: { '70041243623': GRANTED, '82083026729': GRANTED },
    },
    {
      enterpriseNumber: '0812345603',
      name: 'Dupont Immo SA',
      registration: 'done',
      analysts: { '70041243623': GRANTED, '82083026729': { status: 'already-user', updatedAt: 2 } },
    },
  ],
  currentCompany: '0812345603',
  lastPage: null,
};

describe.each(BROWSERS)('%s: the finished popup', (name) => {
  let ext: ExtensionBrowser;
  beforeAll(async () => {
    ext = await e2e.browser(name);
  });
  beforeEach(async () => {
    await ext.clearStorage();
  });

  it('puts the e-mail to the firm first, closes the checklist and asks for nothing else', async () => {
    await ext.writeStorage({ state: finishedState });
    const page = await ext.openExtensionPage('popup.html');
    await page.text('[data-testid=finished]');
    const layout = await page.evaluate(() => {
      const main = document.querySelector('main') as HTMLElement;
      const sections = [...main.children].map(
        (el) => el.id || el.getAttribute('aria-labelledby') || el.tagName,
      );
      const primaries = [...document.querySelectorAll('.primary')].map((el) => el.textContent?.trim());
      return {
        finished: document.querySelector('[data-testid=finished]')?.textContent?.trim(),
        order: sections,
        checklistOpen: (document.querySelector('details.card') as HTMLDetailsElement | null)?.open,
        addForm: document.querySelector('form.add-company') !== null,
        where: document.getElementById('where-title') !== null,
        primaries,
        mail: (document.querySelector('[data-testid=mail-body]') as HTMLTextAreaElement | null)?.value ?? '',
      };
    });
    expect(layout.finished).toMatch(/^C'est terminé/);
    // The banner, then the e-mail, before anything else.
    expect(layout.order.indexOf('notify-title')).toBe(2);
    expect(layout.order.indexOf('notify-title')).toBeLessThan(layout.order.indexOf('companies-title'));
    expect(layout.checklistOpen).toBe(false);
    expect(layout.addForm).toBe(false);
    expect(layout.where).toBe(false);
    // One call to action: open the ready e-mail.
    expect(layout.primaries).toEqual(["Ouvrir l'e-mail prêt à envoyer"]);
    expect(layout.mail).toContain('Boulangerie Dupont SRL');
    expect(layout.mail).toContain('Dupont Immo SA');
    expect(page.consoleErrors()).toEqual([]);
  });
});
