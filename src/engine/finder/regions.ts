import type { CompanyRef } from '../../shared/state.ts';
import { visualParent } from '../dom/tree.ts';
import { numberCells } from '../number-cells.ts';
import { messageSays, type OutcomeError } from '../phrases.ts';
import { allTexts } from '../procedure/index.ts';
import type { BuiltinMembers, LocaleTexts, Role } from '../procedure/schema.ts';
import { identifierWords } from '../text.ts';
import { classifyCheckboxes } from './rights.ts';
import type { PageScan } from './scan.ts';
import { scoreCandidate } from './score.ts';
import {
  bestSimilarity,
  type PreparedText,
  prepareCaption,
  prepareText,
  STRONG_MATCH,
} from './similarity.ts';
import { type PreparedTarget, prepareTarget } from './target.ts';

// Targets that are blocks of the page rather than one control: a list or table of members (rights, users,
// companies, login options), a rubric under a heading, a message box. Each returns one element or null.

const TABLE_PARTS = new Set(['tbody', 'thead', 'tfoot', 'tr', 'td', 'th']);
const ROW = 'tr, [role=row], li';
const BLOCK =
  'table, ul, ol, dl, fieldset, [role=grid], [role=table], [role=list], [role=listbox], [role=radiogroup]';

function ancestors(element: Element): Element[] {
  const chain: Element[] = [];
  for (let el: Element | null = element; el; el = visualParent(el)) chain.push(el);
  return chain;
}

export function commonAncestor(elements: readonly Element[]): Element | null {
  const [first, ...rest] = elements;
  if (!first) return null;
  let chain = ancestors(first);
  for (const other of rest) {
    const set = new Set(ancestors(other));
    chain = chain.filter((el) => set.has(el));
  }
  return chain[0] ?? null;
}

/** The block that holds all members: a whole table rather than its body, a list rather than an item. */
export function regionAround(members: readonly Element[]): Element | null {
  const lca = commonAncestor(members);
  if (!lca) return null;
  if (members.includes(lca) || TABLE_PARTS.has(lca.localName) || lca.localName === 'li') {
    return (members.includes(lca) ? visualParent(lca) : lca)?.closest(BLOCK) ?? lca;
  }
  return lca;
}

const PREPARED_MEMBERS = new WeakMap<object, PreparedTarget>();

/** Member captions prepared once: the procedure's objects are the same on every pass. */
function preparedMembers(members: { roles: Role[]; names: LocaleTexts }): PreparedTarget {
  let target = PREPARED_MEMBERS.get(members);
  if (!target) {
    target = prepareTarget(members);
    PREPARED_MEMBERS.set(members, target);
  }
  return target;
}

function memberElements(
  scan: PageScan,
  members: BuiltinMembers | { roles: Role[]; names: LocaleTexts },
): Element[] {
  if (members === 'rights')
    return classifyCheckboxes(scan)
      .filter((c) => c.right !== null)
      .map((c) => c.box);
  if (members === 'niss-numbers' || members === 'enterprise-numbers') {
    return numberCells(scan, members).map((c) => c.cell);
  }
  // Controls matching the captions strongly; no margin here, all of them belong to the block.
  const target = preparedMembers(members);
  return scan
    .withRoles(target.roles)
    .map((c) => scoreCandidate(scan, c, target))
    .filter((s) => s !== null && s.name >= STRONG_MATCH && scan.isCandidate(s.candidate))
    .map((s) => (s as NonNullable<typeof s>).candidate.element);
}

export function findRegion(
  scan: PageScan,
  members: BuiltinMembers | { roles: Role[]; names: LocaleTexts },
  min: number,
): Element | null {
  const found = [...new Set(memberElements(scan, members))];
  return found.length >= min ? regionAround(found) : null;
}

const HEADING_TAGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'legend', 'caption', 'th', 'dt']);

/** The page's visible headings with their prepared text, read once per scan (several steps look for sections). */
function visibleHeadings(scan: PageScan): { heading: Element; text: PreparedText }[] {
  return scan.memo('visible-headings', () => {
    const found: { heading: Element; text: PreparedText }[] = [];
    for (const { element: heading } of scan.elements()) {
      if (!HEADING_TAGS.has(heading.localName) && heading.getAttribute('role') !== 'heading') continue;
      if (!scan.visibility.isVisible(heading)) continue;
      found.push({ heading, text: prepareText(heading.textContent ?? '') });
    }
    return found;
  });
}

/** The table, fieldset or list introduced by a heading with one of the captions. */
export function findSection(scan: PageScan, headings: LocaleTexts): Element | null {
  const captions = allTexts(headings).map(prepareCaption);
  const sections = new Set<Element>();
  for (const { heading, text } of visibleHeadings(scan)) {
    if (bestSimilarity([text], captions) < 0.95) continue;
    const container =
      heading.localName === 'legend' || heading.localName === 'caption'
        ? heading.parentElement
        : heading.closest('table, fieldset, section, [role=region], dl');
    if (container) sections.add(container);
  }
  return sections.size === 1 ? ([...sections][0] ?? null) : null;
}

const MESSAGE_CLASS_WORDS = new Set([
  'alert',
  'error',
  'erreur',
  'fout',
  'fehler',
  'warning',
  'message',
  'notice',
]);

const MESSAGE_CLASS_HINT = /alert|error|erreur|fout|fehler|warning|message|notice/i;

function isMessageBox(element: Element): boolean {
  const role = element.getAttribute('role');
  if (role === 'alert' || role === 'status' || element.hasAttribute('aria-live')) return true;
  const classes = element.getAttribute('class');
  if (!classes || !MESSAGE_CLASS_HINT.test(classes)) return false;
  return identifierWords(classes).some((w) => MESSAGE_CLASS_WORDS.has(w));
}

/** Visible message boxes (alerts, statuses, error blocks), innermost first when nested. */
export function messageBoxes(scan: PageScan): Element[] {
  return scan.memo('message-boxes', () => readMessageBoxes(scan));
}

function readMessageBoxes(scan: PageScan): Element[] {
  const boxes: Element[] = [];
  for (const { element, bare } of scan.elements()) {
    if (!bare && isMessageBox(element) && scan.visibility.isVisible(element)) boxes.push(element);
  }
  return boxes.filter((box) => !boxes.some((other) => other !== box && box.contains(other)));
}

export function findMessage(scan: PageScan, outcome: OutcomeError): Element | null {
  const matching = messageBoxes(scan).filter((box) => messageSays(box.textContent ?? '', outcome));
  return matching.length === 1 ? (matching[0] ?? null) : null;
}

/** The control that picks a company in the list of companies: in the row showing its number, or by its name. */
export function findCompany(scan: PageScan, roles: readonly Role[], company: CompanyRef): Element | null {
  const rows = new Set(
    numberCells(scan, 'enterprise-numbers')
      .filter((c) => c.digits === company.enterpriseNumber)
      .map((c) => c.cell.closest(ROW) ?? c.cell),
  );
  const byName = prepareTarget({ roles, names: [company.name] });
  // Visibility last: it is the costly check, and most controls of a long list are not in the row nor named so.
  const controls = scan.withRoles(roles);
  if (rows.size === 1) {
    const row = [...rows][0] as Element;
    const inRow = controls.filter(
      (c) => (row.contains(c.element) || c.element === row) && scan.isCandidate(c),
    );
    if (inRow.length === 1) return inRow[0]?.element ?? null;
    const named = inRow.filter((c) => (scoreCandidate(scan, c, byName)?.name ?? 0) >= STRONG_MATCH);
    return named.length === 1 ? (named[0]?.element ?? null) : null;
  }
  if (rows.size > 1) return null;
  const named = controls.filter(
    (c) => (scoreCandidate(scan, c, byName)?.name ?? 0) >= 0.95 && scan.isCandidate(c),
  );
  return named.length === 1 ? (named[0]?.element ?? null) : null;
}
