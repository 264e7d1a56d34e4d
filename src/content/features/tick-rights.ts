import { type RightsFacts, rightsNotes } from '../../engine/plan/notes.ts';
import type { RightsView } from '../../engine/plan/page.ts';
import { shownCaption } from '../../engine/shown.ts';
import type { RightId } from '../../shared/profile.ts';
import { isShown, setChecked } from '../fill.ts';
import { anonymise } from '../outline.ts';
import type { RightsFound } from '../port.ts';
import type { FeatureFactory } from './feature.ts';

// Tick the rights the plan names: each box is touched once (a box the client unticks after us stays unticked);
// read again on every pass, so that the client's own ticks count in the same frame. It keeps, per page, what it
// ticked (for « Annuler ») and what it could not tick (said as "by hand").

export interface TickRights {
  /** The rights page as facts for the planner. */
  view(found: RightsFound): RightsView<HTMLInputElement>;
  /** Ticks what the plan says; the facts the card's notes need. */
  run(found: RightsFound, tick: readonly RightId[]): RightsFacts;
  untick(box: HTMLInputElement): void;
  undo(): void;
  /** A new page: forget what was ticked and what failed on the last one. */
  reset(): void;
}

export function createTickRights(doc: Document, requestChange: () => void): TickRights {
  const touched = new WeakSet<HTMLInputElement>();
  let ticked = new Map<RightId, HTMLInputElement>();
  let failed = new Set<RightId>();
  const entries = (found: RightsFound) => Object.entries(found.boxes) as [RightId, HTMLInputElement][];
  return {
    view(found) {
      return {
        boxes: entries(found).map(([right, box]) => ({
          right,
          handle: box,
          checked: box.checked,
          touched: touched.has(box),
        })),
        missing: found.missing,
        wrong: found.wrongTicked,
      };
    },
    run(found, tick) {
      for (const right of tick) {
        const box = found.boxes[right];
        if (!box) continue;
        touched.add(box);
        if (box.ownerDocument === doc && isShown(box) && setChecked(box, true)) ticked.set(right, box);
        else failed.add(right);
      }
      for (const [, box] of entries(found)) touched.add(box);
      const now = [...ticked].filter(([, box]) => box.isConnected && box.checked).map(([right]) => right);
      return {
        complete: entries(found).every(([, box]) => box.checked),
        ticked: now,
        missing: found.missing,
        failed: [...failed],
        wrong: found.wrongTicked.map((box) => anonymise(labelOf(box))),
        labels: Object.fromEntries(entries(found).flatMap(([right, box]) => ownLabel(box, right))),
      };
    },
    untick(box) {
      setChecked(box, false);
      requestChange();
    },
    undo() {
      for (const box of ticked.values()) setChecked(box, false);
      ticked.clear();
      requestChange();
    },
    reset() {
      ticked = new Map();
      failed = new Set();
    },
  };
}

/** A quotable label: the box's own <label> or aria-label, never its row (which may hold other text). */
const LABEL_MAX = 80;

function ownLabel(box: HTMLInputElement, right: RightId): [RightId, string][] {
  const label = ownText(box).replace(/\s+/g, ' ').trim();
  return label && label.length <= LABEL_MAX ? [[right, label]] : [];
}

function ownText(box: HTMLInputElement): string {
  const labels = box.labels ? [...box.labels].map((l) => l.textContent ?? '').join(' ') : '';
  return labels || box.getAttribute('aria-label') || '';
}

function labelOf(box: HTMLInputElement): string {
  return (ownText(box) || box.closest('tr')?.textContent || '').trim();
}

/** The feature: on a tick-rights step, reads the boxes for the planner and ticks what the plan says. */
export const tickRightsFeature: FeatureFactory = (guide) => {
  const rights = createTickRights(guide.doc, () => guide.requestChange());
  /** The boxes of this pass (null: not a tick-rights step). */
  let found: RightsFound | null = null;
  /** What this pass ticked and found, for the card's notes once the target is known. */
  let ticked: RightsFacts | null = null;
  return {
    read({ action, context }) {
      found = action === 'tick-rights' ? guide.engine.findRights(guide.doc, context.profile.rights) : null;
      return found ? { rights: rights.view(found) } : {};
    },
    before(pass) {
      ticked = found ? rights.run(found, pass.plan.tick) : null;
      // A box the page would not let us tick: « Enregistrer » is not next after all.
      if (pass.pointAt === 'grant.save' && ticked && !ticked.complete) pass.pointAt = pass.context.stepId;
    },
    after(pass) {
      if (!ticked) return;
      // The notes quote the save button as the page shows it when it is the target.
      const save = pass.pointAt === 'grant.save' && pass.target ? shownCaption(pass.target) : null;
      pass.notes.push(...rightsNotes(pass.context.strings, ticked, save));
    },
    button(id) {
      if (id === 'undo-rights') return () => rights.undo();
      const box = id.startsWith('untick-') ? found?.wrongTicked[Number(id.slice(7))] : undefined;
      return box ? () => rights.untick(box) : undefined;
    },
    reset: () => rights.reset(),
  };
};
