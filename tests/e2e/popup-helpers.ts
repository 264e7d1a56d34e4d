import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { TestPage } from '../harness/types.ts';

// Helpers for the popup and options end-to-end tests: axe-core in the real page, a file "picked" in a file input.

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

// Built here, sent as text by the driver and compiled by the browser's debugging protocol (not by eval in the
// page), so the extension page's CSP (script-src 'self') does not block it. axe attaches itself to window.
const injectAxe = new Function(`${AXE_SOURCE}\nreturn typeof window.axe;`) as () => string;

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/** Every axe-core violation on the page as it is now (all rules of axe's default set, WCAG 2.x A/AA included). */
export async function axeViolations(page: TestPage): Promise<AxeViolation[]> {
  const loaded = await page.evaluate(injectAxe);
  if (loaded !== 'object') throw new Error(`axe-core did not load in ${page.url()}: ${loaded}`);
  return page.evaluate(async () => {
    type Result = {
      violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[];
    };
    const axe = (window as unknown as { axe: { run(ctx: Document, o: unknown): Promise<Result> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.map((n) => n.target.join(' ')),
    }));
  });
}

/** Opens every <details> so that their content is rendered and checked too. */
export async function openAllDetails(page: TestPage): Promise<void> {
  await page.evaluate(() => {
    for (const details of document.querySelectorAll('details')) details.open = true;
  });
}

/** Gives a file input a file as a person picking it would (a real File, a real change event). */
export async function pickFile(page: TestPage, selector: string, name: string, text: string): Promise<void> {
  await page.evaluate(
    ({ selector, name, text }) => {
      const input = document.querySelector<HTMLInputElement>(selector);
      if (!input) throw new Error(`no ${selector}`);
      const transfer = new DataTransfer();
      transfer.items.add(new File([text], name, { type: 'application/json' }));
      input.files = transfer.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
    },
    { selector, name, text },
  );
}

/** Sets an input's value as typing would (native setter + input event), for fields typed in bulk. */
export async function fill(page: TestPage, selector: string, value: string): Promise<void> {
  await page.evaluate(
    ({ selector, value }) => {
      const input = document.querySelector<HTMLInputElement>(selector);
      if (!input) throw new Error(`no ${selector}`);
      Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(input, value);
      input.dispatchEvent(new Event('input', { bubbles: true }));
    },
    { selector, value },
  );
}

/** Focuses every enabled control in turn and tells whether it shows the focus ring (3 px solid outline). */
export function focusRings(page: TestPage): Promise<{ ok: boolean; what: string }[]> {
  return page.evaluate(() => {
    const controls = [
      ...document.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, summary'),
    ].filter((el) => !el.matches(':disabled') && el.tabIndex >= 0);
    return controls.map((el) => {
      el.focus();
      const style = getComputedStyle(el);
      const ok =
        document.activeElement === el && style.outlineStyle === 'solid' && style.outlineWidth === '3px';
      return { ok, what: el.outerHTML.slice(0, 80) };
    });
  });
}

/** Elements that would pull the keyboard out of reading order. */
export function positiveTabIndexCount(page: TestPage): Promise<number> {
  return page.evaluate(
    () => document.querySelectorAll('[tabindex]:not([tabindex="0"]):not([tabindex="-1"])').length,
  );
}
