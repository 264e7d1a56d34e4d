import { visualParent } from '../dom/tree.ts';
import { PageReading } from '../page-reading.ts';
import type { Role } from '../procedure/schema.ts';
import { wrappersAbove } from './neighbourhood.ts';
import { attributedRole, bareRole } from './roles.ts';

// The elements of one pass over a page that the finder may point at: every element with a role (read from the
// walk), and, checked only when asked (visibility is the browser's costliest question), whether it is a candidate:
// visible, and not a generic wrapper around a real control. PageScan (scan.ts) adds what the finder scores about
// each.

export interface ScanCandidate {
  element: Element;
  role: Role;
  /** ownText(element), as the walk over the page read it. */
  own: string;
  /** element.localName and whether it has no child element, as the walk read them (absent: asked of the DOM). */
  name?: string;
  leaf?: boolean;
  /** PageScan.cheapFolded's answer, kept on the candidate (read for every target of every pass). */
  folded?: string;
}

/** Roles that say little of what an element does (a clickable box, a list item, a cell, a row): such an element
 *  may wrap a real control. */
export const GENERIC: ReadonlySet<Role> = new Set(['clickable', 'listitem', 'cell', 'row']);

export class PageCandidates extends PageReading {
  private actionableList: ScanCandidate[] | null = null;
  private candidateList: ScanCandidate[] | null = null;
  private readonly confirmed = new Map<Element, boolean>();
  /** The controls inside each generic clickable element (see isCandidate), built when first asked. */
  private controlsInside: Map<Element, ScanCandidate[]> | null = null;

  /** Every element with a role, in document order, visible or not (see isCandidate). */
  actionable(): readonly ScanCandidate[] {
    if (!this.actionableList) {
      this.actionableList = [];
      for (const { element, own, name, bare, leaf } of this.elements()) {
        const role = bare ? bareRole(name) : attributedRole(element, name);
        if (role) this.actionableList.push({ element, role, own, name, leaf, folded: undefined });
      }
    }
    return this.actionableList;
  }

  /**
   * Whether the finder may point at this element: it is visible, and it is not a generic clickable wrapper around
   * a visible real control (the same target twice: the control is kept).
   */
  isCandidate(c: ScanCandidate): boolean {
    let known = this.confirmed.get(c.element);
    if (known === undefined) {
      known =
        this.visibility.isVisible(c.element) &&
        !(GENERIC.has(c.role) && this.wrappedControls(c.element).some((w) => this.isCandidate(w)));
      this.confirmed.set(c.element, known);
    }
    return known;
  }

  /** The candidates (isCandidate) in document order: every element checked, for the few who need them all. */
  get candidates(): readonly ScanCandidate[] {
    if (!this.candidateList) this.candidateList = this.actionable().filter((c) => this.isCandidate(c));
    return this.candidateList;
  }

  /**
   * The actionable elements whose role is one of `roles`, in document order (a target scores only its own roles),
   * visible or not: confirm with isCandidate those that matter.
   */
  withRoles(roles: readonly Role[]): readonly ScanCandidate[] {
    return this.memo(`roles:${roles.join(' ')}`, () => {
      const wanted = new Set(roles);
      return this.actionable().filter((c) => wanted.has(c.role));
    });
  }

  /** The real (not generic) controls inside a generic clickable element, across shadow and frame boundaries. */
  private wrappedControls(wrapper: Element): readonly ScanCandidate[] {
    if (!this.controlsInside) {
      const inside = new Map<Element, ScanCandidate[]>();
      for (const c of this.actionable()) if (GENERIC.has(c.role)) inside.set(c.element, []);
      if (inside.size > 0) {
        const wrappers = wrappersAbove(inside);
        for (const c of this.actionable()) {
          if (GENERIC.has(c.role)) continue;
          for (const w of wrappers(visualParent(c.element))) inside.get(w)?.push(c);
        }
      }
      this.controlsInside = inside;
    }
    return this.controlsInside.get(wrapper) ?? [];
  }
}
