// @vitest-environment jsdom
import { describe, expect, test } from 'vitest';
import { findTarget } from '../../../src/engine/finder/find.ts';
import { PageScan } from '../../../src/engine/finder/scan.ts';
import { recognizePage } from '../../../src/engine/recognize.ts';
import { frameLoader, largePageHtml } from './robustness/generator.ts';

// The benchmark's large pages (npm run bench measures their timing): the engine stays right on them. Times are
// printed for information only, never asserted.

describe('large pages', () => {
  test.each([1_000, 10_000])('%i elements: page recognised, target found', { timeout: 120_000 }, (size) => {
    const { html, step } = largePageHtml(size, 7);
    const doc = frameLoader(document).load(html);
    const truth = doc.querySelector(`[data-replica-truth="${step}"]`);
    const elements = doc.querySelectorAll('*').length;
    expect(elements).toBeGreaterThanOrEqual(size);
    const started = performance.now();
    const scan = new PageScan(doc);
    const recognition = recognizePage(doc, 'https://www.socialsecurity.be/app011/umoe/users.do', { scan });
    const result = findTarget(doc, step, { scan });
    console.info(
      `large page: ${elements} elements, recognise + find ${(performance.now() - started).toFixed(0)} ms`,
    );
    expect(recognition.steps).toContain(step);
    expect(result.status === 'found' && result.element === truth).toBe(true);
  });
});
