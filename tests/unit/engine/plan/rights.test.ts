import { describe, expect, it } from 'vitest';
import { planConfirm, planRights } from '../../../../src/engine/plan/rights.ts';
import type { RightId } from '../../../../src/shared/profile.ts';

const WANTED: RightId[] = ['consultation-factures', 'dmfa-modification'];
const box = (right: RightId, checked: boolean, touched = false) => ({ right, checked, touched });

describe('planRights', () => {
  it('ticks the unticked boxes once and then points at « Enregistrer »', () => {
    const plan = planRights({
      wanted: WANTED,
      boxes: [box('consultation-factures', false), box('dmfa-modification', true)],
      missing: [],
      wrongTicked: 0,
    });
    expect(plan).toEqual({
      tick: ['consultation-factures'],
      flag: [],
      target: { kind: 'save' },
      complete: true,
    });
  });

  it('never ticks again a box the client unticked after us, and does not call the page ready', () => {
    const plan = planRights({
      wanted: WANTED,
      boxes: [box('consultation-factures', false, true), box('dmfa-modification', true, true)],
      missing: [],
      wrongTicked: 0,
    });
    expect(plan.tick).toEqual([]);
    expect(plan.complete).toBe(false);
    expect(plan.target).toEqual({ kind: 'rights' });
  });

  it('flags every look-alike right ticked and points at the first one to untick', () => {
    const plan = planRights({
      wanted: WANTED,
      boxes: [box('consultation-factures', true, true), box('dmfa-modification', true, true)],
      missing: [],
      wrongTicked: 2,
    });
    expect(plan.flag).toEqual([0, 1]);
    expect(plan.target).toEqual({ kind: 'untick', index: 0 });
    expect(plan.complete).toBe(false);
  });

  it('a right with no single box keeps the page from being ready', () => {
    const plan = planRights({
      wanted: WANTED,
      boxes: [box('consultation-factures', true)],
      missing: ['dmfa-modification'],
      wrongTicked: 0,
    });
    expect(plan.complete).toBe(false);
    expect(plan.target).toEqual({ kind: 'rights' });
  });
});

describe('planConfirm', () => {
  it('accepts exactly the profile rights, in any order', () => {
    expect(planConfirm({ wanted: WANTED, listed: ['dmfa-modification', 'consultation-factures'] })).toEqual({
      flag: [],
      missing: [],
      read: true,
      ok: true,
    });
  });

  it('flags a listed right outside the profile and names a missing one', () => {
    const plan = planConfirm({ wanted: WANTED, listed: ['consultation-factures', 'dmfa-declaration', null] });
    expect(plan.flag).toEqual([1]);
    expect(plan.missing).toEqual(['dmfa-modification']);
    expect(plan.ok).toBe(false);
  });

  it('says nothing when the page lists no right it can name', () => {
    expect(planConfirm({ wanted: WANTED, listed: [null, null] })).toEqual({
      flag: [],
      missing: [],
      read: false,
      ok: false,
    });
  });
});
