import fc from 'fast-check';
import { renderScreen, SCREENS, type ScreenId } from '../../../../replica/render/index.ts';
import { LANGS, MARKUPS, type Variant, WORDINGS } from '../../../../replica/render/types.ts';
import type { StepId } from '../../../../src/shared/steps.ts';

// Perturbed replica pages for the finder's robustness suite (tests/unit/engine/robustness.test.ts) and for
// `npm run bench`. A case is plain data (replayable from its seed); `buildPage` turns it into a document with the
// element the finder should return (or null when the target was removed and the right answer is "not found").

export const PERTURBATIONS = [
  'rename-ids',
  'remove-ids',
  'rename-classes',
  'remove-classes',
  'wrap',
  'reorder',
  'case',
  'accents',
  'whitespace',
  'swap-language',
  'decoys',
  'hidden-decoys',
] as const;
/** Decoys only layout hides (a style sheet): jsdom has no layout and would see them, so only the real-browser run
 *  (tests/e2e/robustness.e2e.ts) draws them. */
export const LAYOUT_PERTURBATIONS = [...PERTURBATIONS, 'layout-hidden-decoys'] as const;
export type Perturbation = (typeof LAYOUT_PERTURBATIONS)[number];

export interface PageCase {
  screen: ScreenId;
  step: StepId;
  variant: Variant;
  perturbations: Perturbation[];
  removeTarget: boolean;
  /** Drives every random choice made inside the page. */
  seed: number;
}

/** Every (screen, step) pair of the replica, with its static variants. */
const PAIRS: { screen: ScreenId; step: StepId }[] = SCREENS.flatMap((s) =>
  s.steps.map((step) => ({ screen: s.id, step })),
);
const STATIC: Variant[] = LANGS.flatMap((lang) =>
  WORDINGS.flatMap((wording) =>
    MARKUPS.map((markup) => ({ lang, wording, markup, timing: 'normal' as const })),
  ),
);

export function pageCaseArbitrary(withLayout = false): fc.Arbitrary<PageCase> {
  return fc
    .record({
      pair: fc.constantFrom(...PAIRS),
      variant: fc.constantFrom(...STATIC),
      perturbations: fc.subarray<Perturbation>([...(withLayout ? LAYOUT_PERTURBATIONS : PERTURBATIONS)], {
        minLength: 1,
      }),
      // About one page in six loses its target.
      removeTarget: fc.integer({ min: 0, max: 5 }).map((n) => n === 0),
      seed: fc.integer({ min: 1, max: 2 ** 31 - 1 }),
    })
    .map(({ pair, ...rest }) => ({ ...pair, ...rest }));
}

/** Deterministic PRNG (mulberry32): the same case always builds the same page. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rand = () => number;
const pick = <T>(rand: Rand, items: readonly T[]): T => items[Math.floor(rand() * items.length)] as T;

const HTML = new Map<string, string>();

/** The replica page without its stylesheet (the engine never reads styles; parsing them only costs time). */
export function replicaHtml(screen: ScreenId, variant: Variant): string {
  const key = `${screen} ${variant.lang}-${variant.wording}-${variant.markup}-${variant.timing}`;
  let html = HTML.get(key);
  if (html === undefined) {
    html = renderScreen(screen, variant, { truth: true }).replace(/<style>[\s\S]*?<\/style>/, '');
    HTML.set(key, html);
  }
  return html;
}

export interface Loader {
  /** A fresh, writable copy of the page, in a document with a window. */
  load(html: string): Document;
  /** The page parsed once and shared: read it, never change it. */
  parse(html: string): Document;
}

/**
 * Loads pages into one reused same-origin frame of `host` (a document with a window, as in a browser). Each distinct
 * page is parsed once, then copied: copying a tree costs less than parsing it again.
 */
export function frameLoader(host: Document): Loader {
  const frame = host.createElement('iframe');
  host.body.append(frame);
  const parsed = new Map<string, Document>();
  const Parser = (host.defaultView as Window & typeof globalThis).DOMParser;
  const parse = (html: string): Document => {
    let doc = parsed.get(html);
    if (!doc) {
      doc = new Parser().parseFromString(html, 'text/html');
      parsed.set(html, doc);
    }
    return doc;
  };
  return {
    parse,
    load: (html) => {
      const doc = frame.contentDocument as Document;
      doc.replaceChild(doc.importNode(parse(html).documentElement, true), doc.documentElement);
      return doc;
    },
  };
}

function elements(doc: Document): Element[] {
  return [...doc.body.querySelectorAll('*')];
}

function renameIds(doc: Document, rand: Rand, remove: boolean): void {
  const renamed = new Map<string, string>();
  for (const el of doc.querySelectorAll('[id]')) {
    const id = el.id;
    if (remove) el.removeAttribute('id');
    else {
      const next = `n${Math.floor(rand() * 1e9).toString(36)}`;
      renamed.set(id, next);
      el.id = next;
    }
  }
  for (const attr of ['for', 'aria-labelledby', 'aria-describedby']) {
    for (const el of doc.querySelectorAll(`[${attr}]`)) {
      const value = (el.getAttribute(attr) ?? '')
        .split(/\s+/)
        .map((id) => renamed.get(id) ?? (remove ? '' : id))
        .join(' ')
        .trim();
      if (value) el.setAttribute(attr, value);
      else el.removeAttribute(attr);
    }
  }
}

function renameClasses(doc: Document, rand: Rand, remove: boolean): void {
  const renamed = new Map<string, string>();
  for (const el of doc.querySelectorAll('[class]')) {
    if (remove) {
      el.removeAttribute('class');
      continue;
    }
    const next = [...el.classList].map((c) => {
      if (!renamed.has(c)) renamed.set(c, `k${Math.floor(rand() * 1e9).toString(36)}`);
      return renamed.get(c) as string;
    });
    el.setAttribute('class', next.join(' '));
  }
}

/** Parents whose children cannot take a wrapper without breaking the markup (tables, lists, selects). */
const STRICT_PARENTS = new Set([
  'table',
  'tbody',
  'thead',
  'tfoot',
  'tr',
  'ul',
  'ol',
  'select',
  'dl',
  'head',
  'html',
]);

function wrapOne(doc: Document, el: Element, rand: Rand): void {
  const parent = el.parentElement;
  if (
    !parent ||
    STRICT_PARENTS.has(parent.localName) ||
    ['li', 'td', 'th', 'tr', 'option'].includes(el.localName)
  ) {
    return;
  }
  const depth = 1 + Math.floor(rand() * 3);
  let outer: Element = el;
  for (let i = 0; i < depth; i++) {
    const wrapper = doc.createElement(rand() < 0.5 ? 'div' : 'span');
    outer.replaceWith(wrapper);
    wrapper.append(outer);
    outer = wrapper;
  }
}

function wrap(doc: Document, truth: Element, rand: Rand): void {
  const all = elements(doc);
  for (let i = 0; i < 6; i++) wrapOne(doc, pick(rand, all), rand);
  if (rand() < 0.6) wrapOne(doc, truth, rand);
}

function shuffleChildren(container: Element, rand: Rand): void {
  const children = [...container.children];
  for (let i = children.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [children[i], children[j]] = [children[j] as Element, children[i] as Element];
  }
  container.append(...children);
}

function reorder(doc: Document, truth: Element, rand: Rand): void {
  const lists = elements(doc).filter((el) => el.children.length >= 2 && el.localName !== 'tr');
  for (let i = 0; i < 3 && lists.length > 0; i++) shuffleChildren(pick(rand, lists), rand);
  const own = truth.parentElement;
  if (own && own.localName !== 'tr' && rand() < 0.6) shuffleChildren(own, rand);
}

function textNodes(doc: Document): Text[] {
  const walker = doc.createTreeWalker(doc.body, 4);
  const nodes: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
  return nodes;
}

function rewriteText(doc: Document, rand: Rand, change: (text: string) => string): void {
  for (const node of textNodes(doc)) if (rand() < 0.6) node.data = change(node.data);
}

function stripAccents(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}

function messySpaces(text: string, rand: Rand): string {
  return ` ${text.replace(/ /g, () => pick(rand, [' ', '  ', '\u00a0', '\n  ', ' \t']))} `;
}

/** The node that carries the target's caption: the element itself, or the label of a field. */
function captionNode(target: Element): Element | null {
  if (['input', 'select', 'textarea'].includes(target.localName)) {
    const label = (target as HTMLInputElement).labels?.[0];
    if (label) return label;
    const cell = target.closest('td');
    const row = cell?.closest('tr');
    return row ? ([...row.children].find((c) => c !== cell) ?? null) : null;
  }
  // A block (list, table, form section) has no single caption.
  return target.querySelector('input, li, tr, fieldset, a, button') ? null : target;
}

const OTHER_LANGUAGE = { fr: 'nl', nl: 'fr', de: 'fr' } as const;

/** Captions read from other-language pages, by screen, step and variant: each page is parsed once. */
const OTHER_CAPTION = new Map<string, string | null>();

function otherLanguageCaption(c: PageCase, loader: Loader): string | null {
  const otherVariant = { ...c.variant, lang: OTHER_LANGUAGE[c.variant.lang] };
  const key = `${c.screen} ${c.step} ${otherVariant.lang}-${otherVariant.wording}-${otherVariant.markup}`;
  if (!OTHER_CAPTION.has(key)) {
    const other = loader.parse(replicaHtml(c.screen, otherVariant));
    const otherTruth = other.querySelector(`[data-replica-truth="${c.step}"]`);
    const theirs = otherTruth ? captionNode(otherTruth) : null;
    OTHER_CAPTION.set(key, theirs?.textContent ?? null);
  }
  return OTHER_CAPTION.get(key) ?? null;
}

/** Writes the target's caption as the page in the other language (FR↔NL, DE→FR) shows it. */
function swapLanguage(c: PageCase, truth: Element, loader: Loader): void {
  const mine = captionNode(truth);
  const theirs = mine ? otherLanguageCaption(c, loader) : null;
  if (mine && theirs !== null) mine.textContent = theirs;
}

/** Words that turn a caption into another action or object. */
const SWAPS = [
  'Supprimer',
  'Consulter',
  'Exporter',
  'Verwijderen',
  'Raadplegen',
  'Löschen',
  'Imprimer',
  'Archiver',
];
const OTHER_CAPTIONS = [
  'Supprimer un utilisateur',
  'Modifier',
  'Annuler',
  'Aide',
  'Retour',
  'Imprimer la page',
];

/** Words of a caption that carry its meaning (small words such as « de », « van », « zu » do not). */
function meaningful(word: string): boolean {
  return word.replace(/[^\p{L}\p{N}]/gu, '').length > 3;
}

function similarText(text: string, rand: Rand): string {
  const words = text.trim().split(/\s+/);
  const content = words.map((w, i) => (meaningful(w) ? i : -1)).filter((i) => i >= 0);
  // Not fragments: a part of a caption is often a caption itself (« Unternehmensnummer (ZDU) oder MwSt.-Nummer »).
  switch (Math.floor(rand() * 3)) {
    case 0: {
      // One meaningful word replaced: the same object with another verb, or the same verb on another object.
      if (content.length === 0) return pick(rand, OTHER_CAPTIONS);
      words[pick(rand, content)] = pick(rand, SWAPS);
      return words.join(' ');
    }
    case 1:
      return `${pick(rand, ['Ne pas', 'Niet', 'Nicht'])} ${text.trim()}`;
    default:
      return pick(rand, OTHER_CAPTIONS);
  }
}

function cleanClone(el: Element): Element {
  const clone = el.cloneNode(true) as Element;
  for (const node of [clone, ...clone.querySelectorAll('*')]) {
    node.removeAttribute('id');
    node.removeAttribute('for');
    node.removeAttribute('data-replica-truth');
  }
  return clone;
}

const CONTROLS = 'a, button, input, select, textarea, [role=button], [role=link]';

/** What to copy for a decoy, and how to give the copy another name. */
interface DecoySource {
  block: Element;
  rename: (copy: Element, other: (text: string) => string) => void;
}

function renameText(find: (copy: Element) => Element | null): DecoySource['rename'] {
  return (copy, other) => {
    const caption = find(copy);
    if (caption) caption.textContent = other(caption.textContent ?? '');
  };
}

/** The card whose heading names a control that says only what other controls of the page say too (« Ouvrir »):
 *  the smallest block with a heading and no other control. */
function namingCard(truth: Element): Element | null {
  const own = (truth.textContent ?? '').trim();
  const shared = [...truth.ownerDocument.querySelectorAll(CONTROLS)].some(
    (other) => other !== truth && (other.textContent ?? '').trim() === own,
  );
  if (own === '' || !shared) return null;
  for (
    let el = truth.parentElement;
    el && el.querySelectorAll(CONTROLS).length === 1;
    el = el.parentElement
  ) {
    if (el.querySelector('h1, h2, h3, h4, h5, h6')) return el;
  }
  return null;
}

/**
 * The block to copy for a decoy: a field with its label, a card with its heading, or the control itself (renamed
 * where its name is: its text, or its aria-label or title when it shows only an icon). Only controls get decoys: a
 * copy of a message or of a list is the same message or list, not a decoy.
 */
function decoySource(truth: Element): DecoySource | null {
  if (!truth.matches(CONTROLS)) return null;
  if (['input', 'select', 'textarea'].includes(truth.localName)) {
    // The field with its label: its table row, or the smallest block around it that holds a <label>.
    let block: Element | null = truth.closest('tr');
    for (let el = truth.parentElement; !block && el && el.localName !== 'form'; el = el.parentElement) {
      if (el.querySelector('label')) block = el;
    }
    if (!block) return null;
    return {
      block,
      rename: renameText((copy) =>
        copy.localName === 'tr' ? copy.querySelector('td') : copy.querySelector('label'),
      ),
    };
  }
  const card = namingCard(truth);
  if (card)
    return { block: card, rename: renameText((copy) => copy.querySelector('h1, h2, h3, h4, h5, h6')) };
  const attribute = /\p{L}/u.test(truth.textContent ?? '')
    ? null
    : ['aria-label', 'title'].find((name) => truth.hasAttribute(name));
  if (attribute) {
    return {
      block: truth,
      rename: (copy, other) => copy.setAttribute(attribute, other(copy.getAttribute(attribute) ?? '')),
    };
  }
  if (!captionNode(truth)) return null;
  return { block: truth, rename: renameText((copy) => copy) };
}

function addDecoys(truth: Element, rand: Rand, hidden: boolean): void {
  const source = decoySource(truth);
  if (!source) return;
  const count = 1 + Math.floor(rand() * 3);
  for (let i = 0; i < count; i++) {
    const copy = cleanClone(source.block);
    if (hidden) {
      switch (Math.floor(rand() * 4)) {
        case 0:
          copy.setAttribute('hidden', '');
          break;
        case 1:
          copy.setAttribute('style', 'display:none');
          break;
        case 2:
          copy.setAttribute('style', 'visibility:hidden');
          break;
        default:
          copy.setAttribute('aria-hidden', 'true');
      }
    } else {
      source.rename(copy, (text) => similarText(text, rand));
    }
    if (rand() < 0.5) source.block.before(copy);
    else source.block.after(copy);
  }
}

/** Hidden by a style sheet alone: nothing on the element itself says so (the rules match a data attribute the
 *  finder does not read, and that the id and class perturbations leave alone). Each way a page hides a box without
 *  removing it: no box, opacity 0, off-screen, clipped to nothing (clip, clip-path) and the 1px "sr-only" box. */
export const LAYOUT_HIDINGS = {
  display: 'display:none',
  opacity: 'opacity:0',
  'off-screen': 'position:absolute;left:-9999px;top:0',
  clip: 'position:absolute;clip:rect(0 0 0 0)',
  'clip-path': 'clip-path:inset(50%)',
  'sr-only':
    'position:absolute;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;white-space:nowrap;border:0',
} as const;

export const HIDING_SHEET = Object.entries(LAYOUT_HIDINGS)
  .map(([kind, css]) => `[data-onss-layout-hidden="${kind}"]{${css}}`)
  .join('\n');

export const HIDING_KINDS = Object.keys(LAYOUT_HIDINGS);

function addLayoutHiddenDecoys(doc: Document, truth: Element, rand: Rand): void {
  const source = decoySource(truth);
  if (!source) return;
  if (!doc.querySelector('style[data-onss-layout-sheet]')) {
    const sheet = doc.createElement('style');
    sheet.setAttribute('data-onss-layout-sheet', '');
    sheet.textContent = HIDING_SHEET;
    doc.head.append(sheet);
  }
  const count = 1 + Math.floor(rand() * 3);
  for (let i = 0; i < count; i++) {
    const copy = cleanClone(source.block);
    copy.setAttribute('data-onss-layout-hidden', pick(rand, HIDING_KINDS));
    if (rand() < 0.5) source.block.before(copy);
    else source.block.after(copy);
  }
}

export interface BuiltPage {
  doc: Document;
  step: StepId;
  /** What the finder must return; null when the target was removed. */
  expected: Element | null;
}

/** Builds a case's page in the loader's document. */
export function buildPage(c: PageCase, loader: Loader): BuiltPage {
  const rand = random(c.seed);
  const doc = loader.load(replicaHtml(c.screen, c.variant));
  const truth = doc.querySelector(`[data-replica-truth="${c.step}"]`);
  if (!truth) throw new Error(`no truth for ${c.step} on ${c.screen}`);
  for (const el of doc.querySelectorAll('[data-replica-truth]')) el.removeAttribute('data-replica-truth');
  // Language first: it reads the untouched other page's caption for the untouched target.
  const ordered = [...c.perturbations].sort(
    (a, b) => Number(b === 'swap-language') - Number(a === 'swap-language'),
  );
  for (const p of ordered) {
    switch (p) {
      case 'rename-ids':
      case 'remove-ids':
        renameIds(doc, rand, p === 'remove-ids');
        break;
      case 'rename-classes':
      case 'remove-classes':
        renameClasses(doc, rand, p === 'remove-classes');
        break;
      case 'wrap':
        wrap(doc, truth, rand);
        break;
      case 'reorder':
        reorder(doc, truth, rand);
        break;
      case 'case':
        rewriteText(doc, rand, (t) => (rand() < 0.5 ? t.toUpperCase() : t.toLowerCase()));
        break;
      case 'accents':
        rewriteText(doc, rand, stripAccents);
        break;
      case 'whitespace':
        rewriteText(doc, rand, (t) => messySpaces(t, rand));
        break;
      case 'swap-language':
        swapLanguage(c, truth, loader);
        break;
      case 'decoys':
        addDecoys(truth, rand, false);
        break;
      case 'hidden-decoys':
        addDecoys(truth, rand, true);
        break;
      case 'layout-hidden-decoys':
        addLayoutHiddenDecoys(doc, truth, rand);
        break;
    }
  }
  if (c.removeTarget) truth.remove();
  return { doc, step: c.step, expected: c.removeTarget ? null : truth };
}

export function describeCase(c: PageCase): string {
  const v = c.variant;
  const removed = c.removeTarget ? ' target removed' : '';
  return `${c.screen} ${c.step} ${v.lang}-${v.wording}-${v.markup} [${c.perturbations.join(', ')}]${removed} seed ${c.seed}`;
}

/** The finder's answers over generated pages: counts, and the cases it got wrong or missed (described). */
export interface Tally {
  present: number;
  removed: number;
  correct: number;
  wrong: number;
  missed: number;
  abstained: number;
  wrongCases: string[];
  missedCases: string[];
}

export const emptyTally = (): Tally => ({
  present: 0,
  removed: 0,
  correct: 0,
  wrong: 0,
  missed: 0,
  abstained: 0,
  wrongCases: [],
  missedCases: [],
});

/** Counts one page's answer: `found` is what the finder returned, null when it found nothing. */
export function countAnswer(tally: Tally, c: PageCase, page: BuiltPage, found: Element | null): void {
  if (page.expected) {
    tally.present++;
    if (found === page.expected) tally.correct++;
    else if (found) {
      tally.wrong++;
      tally.wrongCases.push(describeCase(c));
    } else {
      tally.missed++;
      tally.missedCases.push(describeCase(c));
    }
  } else {
    tally.removed++;
    if (found) {
      tally.wrong++;
      tally.wrongCases.push(describeCase(c));
    } else tally.abstained++;
  }
}

/**
 * A large page for the benchmark: the users list of access management (target: grant.add-user) padded with about
 * `size` elements of realistic filler (user rows with actions, menus, paragraphs), decoys included.
 */
export function largePageHtml(size: number, seed = 1): { html: string; step: StepId } {
  const rand = random(seed);
  const base = replicaHtml('am-users', { lang: 'fr', wording: 'new', markup: 'clean', timing: 'normal' });
  const names = ['Martin', 'Dubois', 'Peeters', 'Janssens', 'Lambert', 'Maes', 'Claes', 'Dupont'];
  const rows: string[] = [];
  // Each row holds 9 elements: tr, 4 td, 2 links, a span and a button.
  for (let n = 0; n < size; n += 9) {
    const who = `${pick(rand, names)} ${pick(rand, names)}`;
    const action = pick(rand, ['Modifier', 'Supprimer', 'Consulter', 'Supprimer un utilisateur', 'Exporter']);
    rows.push(
      `<tr><td>${Math.floor(rand() * 1e11)}</td><td>${who}</td><td><span>${pick(rand, SWAPS)}</span></td><td><a href="#">${action}</a> <a href="#">Droits</a><button type="button">${pick(rand, OTHER_CAPTIONS)}</button></td></tr>`,
    );
  }
  const filler = `<table class="bulk"><tbody>${rows.join('')}</tbody></table>`;
  return { html: base.replace('</main>', `${filler}</main>`), step: 'grant.add-user' };
}
