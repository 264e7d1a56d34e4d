import type { Reporter, TestCase, TestModule } from 'vitest/node';
import { BROWSER_NAMES } from './types.ts';

// Prints the end-to-end results per browser after the run (each test, its state and duration, then counts), so
// CI output shows what ran in which browser. The browser is the one a suite's name starts with (describe.each over
// BROWSERS with '%s' or '%s: …'). Prints nothing when no e2e test ran.

type State = ReturnType<TestCase['result']>['state'];
const MARK: Record<State, string> = { passed: '✓', failed: '✗', skipped: '-', pending: '…' };

/** The browser named at the start of the outermost suite that names one ('chromium', 'firefox: popup', …). */
function browserOf(suites: string[]): string | undefined {
  for (const suite of suites) {
    const found = BROWSER_NAMES.find((b) => new RegExp(`^${b}\\b`, 'i').test(suite));
    if (found) return found;
  }
  return undefined;
}

export default class BrowserResults implements Reporter {
  onTestRunEnd(modules: ReadonlyArray<TestModule>): void {
    const byBrowser = new Map<string, string[]>();
    const counts = new Map<string, Record<State, number>>();
    for (const module of modules) {
      if (module.project.name !== 'e2e') continue;
      for (const test of module.children.allTests()) {
        const name = test.fullName;
        const browser = browserOf(name.split(' > ').slice(0, -1)) ?? 'other';
        const { state } = test.result();
        const ms = test.diagnostic()?.duration;
        const line = `  ${MARK[state]} ${module.relativeModuleId} > ${name}${ms === undefined ? '' : ` (${Math.round(ms)} ms)`}`;
        byBrowser.set(browser, [...(byBrowser.get(browser) ?? []), line]);
        const count = counts.get(browser) ?? { passed: 0, failed: 0, skipped: 0, pending: 0 };
        count[state] += 1;
        counts.set(browser, count);
      }
    }
    if (byBrowser.size === 0) return;
    const out: string[] = ['', 'End-to-end results per browser'];
    for (const [browser, lines] of byBrowser) {
      const c = counts.get(browser);
      out.push(`${browser}: ${c?.passed} passed, ${c?.failed} failed, ${c?.skipped} skipped`, ...lines);
    }
    process.stdout.write(`${out.join('\n')}\n\n`);
  }
}
