import { computeAccessibleName } from 'dom-accessibility-api';
import type { PageReading } from '../page-reading.ts';
import type { Role } from '../procedure/schema.ts';
import { identifierWords, normalize } from '../text.ts';
import { GENERIC, PageCandidates, type ScanCandidate } from './candidates.ts';
import { orphanLabel, textAfter, textBefore } from './field-labels.ts';
import {
  cardHeading,
  clip,
  inlineStyle,
  labelledBy,
  labelledByText,
  NAMING_ATTRIBUTES,
  OPEN_WORDS,
  textOf,
  VALUED,
} from './naming.ts';
import { contextText, listAround, listWords } from './neighbourhood.ts';
import { type PreparedText, prepareText } from './similarity.ts';

// One pass over a page: its candidates (candidates.ts) and, computed lazily and cached, what the finder scores
// about each (names, labels, words, neighbourhood, position). Costly work runs only where it can change an answer:
// the accessible name on candidates that share a word with what is looked for, the visibility check (the browser's
// costliest) on those that would rank. What names an element is read through naming.ts and field-labels.ts, where it
// stands through neighbourhood.ts; this class keeps the answers of one pass.

/** Fields are named by their labels; other elements by their own text. */
export const FIELD_ROLES: ReadonlySet<Role> = new Set([
  'textbox',
  'spinbutton',
  'combobox',
  'checkbox',
  'radio',
]);
/** Roles whose accessible name comes from their content. */
const NAMED_BY_CONTENT: ReadonlySet<Role> = new Set([
  'button',
  'link',
  'menuitem',
  'tab',
  'option',
  'treeitem',
]);

/**
 * A control whose accessible name is its own text, or its aria-label: no element inside (nor a shadow root), no
 * aria-labelledby, not an <input> (named by its value). Its names need not run the accessible-name computation.
 */
function namedByOwnText(c: ScanCandidate): boolean {
  const el = c.element;
  return (
    NAMED_BY_CONTENT.has(c.role) &&
    c.own !== '' &&
    el.localName !== 'input' &&
    el.firstElementChild === null &&
    el.shadowRoot === null &&
    !el.hasAttribute('aria-labelledby')
  );
}

export class PageScan extends PageCandidates {
  private readonly nameCache = new Map<Element, PreparedText[]>();
  private readonly labelCache = new Map<Element, PreparedText[]>();
  private readonly wordCache = new Map<Element, Set<string>>();
  private readonly contextCache = new Map<Element, string>();
  private readonly plainLabelCache = new Map<Element, string>();
  private readonly foldedByRaw = new Map<string, string>();
  private readonly useRealStyles: boolean;

  /** `from`: the gate's reading of the same, unchanged page (see PageReading). */
  constructor(doc: Document, from?: PageReading) {
    super(doc, from);
    // Real browsers have layout and fast computed styles; jsdom has neither.
    this.useRealStyles =
      typeof (doc.documentElement as { checkVisibility?: unknown }).checkVisibility === 'function';
  }

  /**
   * Everything that may name the element, folded: its cheap words decide whether the costly accessible name is
   * worth computing. Elements with the same raw texts (« Modifier » on every row) share one folding.
   */
  cheapFolded(c: ScanCandidate): string {
    let folded = c.folded;
    if (folded === undefined) {
      const el = c.element;
      // An element without element children shows its own text only: the walk has read it already (and its
      // name and children: 17,000 links of a large page are not asked again).
      const hasChildren = c.leaf === undefined ? el.firstElementChild !== null : !c.leaf;
      let raw = hasChildren ? (el.textContent ?? '') : c.own;
      // One call lists the attributes (a link has mostly just its href): the naming ones are read if present.
      const present = el.getAttributeNames();
      for (const attribute of NAMING_ATTRIBUTES) {
        if (!present.includes(attribute)) continue;
        const value = el.getAttribute(attribute);
        if (value) raw += ` ${value}`;
      }
      // Only form controls, list items and the like (and custom elements) have a value.
      const name = c.name ?? el.localName;
      if (VALUED.has(name) || name.includes('-')) {
        const value = (el as HTMLInputElement).value;
        if (value !== undefined && value !== null) raw += ` ${value}`;
      }
      if (hasChildren)
        for (const img of el.querySelectorAll('img[alt]')) raw += ` ${img.getAttribute('alt')}`;
      if (FIELD_ROLES.has(c.role)) for (const label of this.labels(c)) raw += ` ${label.normalized}`;
      // Names given from elsewhere: aria-labelledby (an icon button named by a caption beside it), and the card
      // heading of a link that only says « Ouvrir ».
      if (present.includes('aria-labelledby')) raw += ` ${labelledByText(el)}`;
      if (OPEN_WORDS.has(normalize(raw)) || normalize(raw) === '') raw += ` ${cardHeading(el)}`;
      folded = this.foldedByRaw.get(raw);
      if (folded === undefined) {
        folded = normalize(raw);
        this.foldedByRaw.set(raw, folded);
      }
      c.folded = folded;
    }
    return folded;
  }

  /** The element's text, normalised and cut short: the diagnostic label of a candidate that cannot match. */
  plainLabel(c: ScanCandidate): string {
    let label = this.plainLabelCache.get(c.element);
    if (label === undefined) {
      label = normalize(c.element.textContent ?? '').slice(0, 80);
      this.plainLabelCache.set(c.element, label);
    }
    return label;
  }

  /** What the element is called: accessible name, visible text, value, title. */
  names(c: ScanCandidate): PreparedText[] {
    let names = this.nameCache.get(c.element);
    if (!names) {
      const el = c.element;
      const texts = new Set<string>();
      // A document without a window (DOMParser) cannot run the computation; its other names still count. A plain
      // control named by its own text alone gets the name that text (or its aria-label) gives, added below.
      if (el.ownerDocument.defaultView && !namedByOwnText(c)) {
        const options = this.useRealStyles
          ? {}
          : { getComputedStyle: inlineStyle as typeof getComputedStyle };
        texts.add(clip(computeAccessibleName(el, options)));
      }
      texts.add(clip(el.getAttribute('aria-label') ?? ''));
      if (c.role !== 'row') texts.add(textOf(el));
      texts.add(clip((el as HTMLInputElement).value ?? ''));
      texts.add(clip(el.getAttribute('title') ?? ''));
      if (c.role === 'row') for (const cell of el.children) texts.add(textOf(cell));
      texts.delete('');
      if ([...texts].every((t) => OPEN_WORDS.has(normalize(t)))) {
        const heading = cardHeading(el);
        if (heading) texts.add(heading);
      }
      names = [...texts].map(prepareText);
      this.nameCache.set(c.element, names);
    }
    return names;
  }

  /** <label for=id> in the element's tree (document or shadow root), and the <label> around it. */
  private labelsOf(el: Element): Element[] {
    const root = el.getRootNode() as Document | ShadowRoot;
    const byFor = this.memo(root, () => {
      const map = new Map<string, Element[]>();
      for (const label of root.querySelectorAll('label[for]')) {
        const id = label.getAttribute('for') ?? '';
        map.set(id, [...(map.get(id) ?? []), label]);
      }
      return map;
    });
    const labels = el.id ? [...(byFor.get(el.id) ?? [])] : [];
    const around = el.closest('label');
    if (around && !labels.includes(around)) labels.push(around);
    return labels;
  }

  /** Texts that label a field: its own labels first; the text just before it only when it has none. */
  labels(c: ScanCandidate): PreparedText[] {
    let labels = this.labelCache.get(c.element);
    if (!labels) {
      const explicit = this.explicitLabels(c.element);
      const orphan = explicit.length > 0 ? '' : orphanLabel(c.element);
      const fallback =
        explicit.length > 0 ? [] : orphan ? [orphan] : [textBefore(c.element), textAfter(c.element)];
      const texts = [...explicit, ...fallback, clip(c.element.getAttribute('placeholder') ?? '')];
      labels = [...new Set(texts)].filter(Boolean).map(prepareText);
      this.labelCache.set(c.element, labels);
    }
    return labels;
  }

  /** <label for> or wrapping <label>, aria-labelledby, aria-label, and the other cells of its table row. */
  explicitLabels(el: Element): string[] {
    const texts: string[] = [];
    for (const label of this.labelsOf(el)) texts.push(textOf(label));
    for (const label of labelledBy(el)) texts.push(textOf(label));
    texts.push(clip(el.getAttribute('aria-label') ?? ''), clip(el.getAttribute('title') ?? ''));
    const cell = el.closest('td, th, [role=cell], [role=gridcell]');
    const row = cell?.closest('tr, [role=row]');
    if (row && cell) for (const other of row.children) if (other !== cell) texts.push(textOf(other));
    return texts.filter(Boolean);
  }

  /** Words of the element's id, name, class and link target. */
  words(c: ScanCandidate): Set<string> {
    let words = this.wordCache.get(c.element);
    if (!words) {
      const el = c.element;
      const source = ['id', 'name', 'class', 'href', 'data-action']
        .map((a) => el.getAttribute(a) ?? '')
        .join(' ');
      words = new Set(identifierWords(source));
      this.wordCache.set(c.element, words);
    }
    return words;
  }

  /** Normalised text around the element: headings and short texts of its sections, up to a few levels. */
  context(c: ScanCandidate): string {
    let context = this.contextCache.get(c.element);
    if (context === undefined) {
      context = contextText(c.element);
      this.contextCache.set(c.element, context);
    }
    return context;
  }

  /** Rank of the candidate in its list (menu, column, table) and that list's words, or null outside lists and for
   *  an element that is no candidate (hidden, or behind an open modal dialog): it has no rank among them. */
  position(c: ScanCandidate): { rank: number; containerWords: Set<string> } | null {
    const container = listAround(c.element);
    if (!container || !this.isCandidate(c)) return null;
    const family = GENERIC.has(c.role) ? null : c.role;
    let rank = 0;
    for (const other of this.actionable()) {
      if (family && other.role !== family) continue;
      if (!container.contains(other.element) || !this.isCandidate(other)) continue;
      rank++;
      if (other === c) break;
    }
    return { rank, containerWords: listWords(container) };
  }
}
