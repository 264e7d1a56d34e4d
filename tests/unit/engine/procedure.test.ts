import { describe, expect, test } from 'vitest';
import * as z from 'zod/mini';
import { allTexts, PROCEDURE, stepSpecOf } from '../../../src/engine/procedure/index.ts';
import { Procedure } from '../../../src/engine/procedure/schema.ts';
import { normalize } from '../../../src/engine/text.ts';
import { PAGE_STEPS, POPUP_STEPS, STEP_IDS } from '../../../src/shared/steps.ts';

// The procedure as data: complete, valid, and without captions that would make two steps of one page collide.

describe('the procedure data', () => {
  // The one check of the data against its schema (the extension does not load zod for it): a failure names the
  // field, e.g. « ✖ Too small: expected string to have >=1 characters → at steps[3].targets[0].names.fr[2] ».
  test('validates against its schema, and the schema changes nothing (no caption to trim)', () => {
    const result = Procedure.safeParse(PROCEDURE);
    if (!result.success)
      expect.fail(`procedure data does not match schema.ts:\n${z.prettifyError(result.error)}`);
    expect(result.data).toEqual(PROCEDURE);
  });

  test('has every step id of PROCEDURE.md, in order', () => {
    expect(PROCEDURE.steps.map((s) => s.id)).toEqual([...STEP_IDS]);
    expect([...PAGE_STEPS, ...POPUP_STEPS].sort()).toEqual([...STEP_IDS].sort());
  });

  test('every page step with an action has something to find, popup steps have nothing', () => {
    for (const id of PAGE_STEPS) {
      const spec = stepSpecOf(id);
      if (spec.action !== 'none') expect(spec.targets.length, id).toBeGreaterThan(0);
    }
    for (const id of POPUP_STEPS) expect(stepSpecOf(id).targets, id).toEqual([]);
  });

  test('every page step is served by a known page, and pages serve only page steps', () => {
    const served = new Set(PROCEDURE.pages.flatMap((p) => p.steps));
    for (const id of PAGE_STEPS) expect(served.has(id), id).toBe(true);
    for (const id of served) expect(PAGE_STEPS, id).toContain(id);
  });

  test('steps that share a page never share a caption', () => {
    for (const page of PROCEDURE.pages) {
      const owner = new Map<string, string>();
      for (const step of page.steps) {
        for (const target of stepSpecOf(step).targets) {
          if (target.kind !== 'element') continue;
          for (const caption of allTexts(target.names)) {
            const folded = normalize(caption);
            const other = owner.get(folded);
            expect(
              other === undefined || other === step,
              `« ${caption} »: ${other} and ${step} on ${page.id}`,
            ).toBe(true);
            owner.set(folded, step);
          }
        }
      }
    }
  });

  test('URL hints are valid regular expressions', () => {
    for (const page of PROCEDURE.pages)
      for (const hint of page.urlHints) expect(() => new RegExp(hint)).not.toThrow();
  });

  test('the schema refuses a caption list without French or Dutch, and an unknown step', () => {
    const broken = structuredClone(PROCEDURE);
    const first = broken.steps.find((s) => s.targets[0]?.kind === 'element');
    const target = first?.targets[0];
    if (target?.kind === 'element') target.names.nl = [];
    expect(Procedure.safeParse(broken).success).toBe(false);
    expect(
      Procedure.safeParse({ ...PROCEDURE, steps: [{ ...PROCEDURE.steps[0], id: 'nope' }] }).success,
    ).toBe(false);
  });
});
