// @vitest-environment jsdom
import { describe, expect, test } from 'vitest';
import { SAMPLE_DATA, SCREENS, screenInfo, screenUrl } from '../../../replica/render/index.ts';
import type { Variant } from '../../../replica/render/types.ts';
import { findTarget } from '../../../src/engine/finder/find.ts';
import { recognizePage } from '../../../src/engine/recognize.ts';
import {
  describe as describeElement,
  framedPage,
  replicaPage,
  STATIC_VARIANTS,
} from './support/replica-pages.ts';

// Targets that depend on who is working (the company, the analyst), and the access-management screens served in a
// same-origin frame (the iframe timing variant): the engine reaches into the frame's document.

const key = (v: Variant) => `${v.lang}-${v.wording}-${v.markup}`;

describe('the company row on the company-choice page', () => {
  test.each(STATIC_VARIANTS.map((v) => [key(v), v] as const))('%s', (_name, v) => {
    const page = replicaPage(screenInfo('company-choice'), v);
    for (const company of SAMPLE_DATA.companies) {
      const result = findTarget(page.doc, 'connect.pick-company', { company });
      const expected = page.truth.get(`connect.pick-company:${company.enterpriseNumber}`)?.[0];
      expect(result.status === 'found' && result.element === expected, company.name).toBe(true);
    }
    // A company that is not in the list: the guide points at the whole list, never at another company.
    const unknown = { name: 'Autre SA', enterpriseNumber: '0202239951' };
    const list = findTarget(page.doc, 'connect.pick-company', { company: unknown });
    expect(list.status === 'found' && list.element === page.truth.get('connect.pick-company')?.[0]).toBe(
      true,
    );
    page.release();
  });
});

describe('access management inside a same-origin frame (iframe variant)', () => {
  const framed = SCREENS.filter((s) => s.accessManagement);
  const cases = STATIC_VARIANTS.flatMap((v) =>
    framed.map((s) => [`${s.id} ${key(v)}`, s, { ...v, timing: 'iframe' as const }] as const),
  );
  test.each(cases)('%s', (_name, screen, v) => {
    const page = framedPage(screen.id, v);
    const recognition = recognizePage(page.doc, screenUrl(screen.id, v.lang));
    expect(
      recognition.stepId !== null && screen.steps.includes(recognition.stepId),
      JSON.stringify(recognition),
    ).toBe(true);
    for (const step of screen.steps) {
      const result = findTarget(page.doc, step);
      const found = result.status === 'found' ? result.element : null;
      expect(found === page.truth.get(step), `${step}: ${describeElement(found)}`).toBe(true);
    }
    page.release();
  });
});
