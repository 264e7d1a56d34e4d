import type { Profile } from '../shared/profile.ts';
import type { CompanyRef } from '../shared/state.ts';
import { companyShown, readCompanyHeader, type ShownCompany } from './company.ts';
import { visualParent } from './dom/tree.ts';
import { messageBoxes } from './finder/regions.ts';
import { PageScan } from './finder/scan.ts';
import {
  type PreparedCaption,
  type PreparedText,
  prepareCaption,
  prepareText,
  similarity,
} from './finder/similarity.ts';
import { numberCells } from './number-cells.ts';
import { messageSays, OUTCOME_ERRORS, type OutcomeError } from './phrases.ts';
import { QUALITY_TEXTS } from './procedure/captions.ts';
import { allTexts } from './procedure/index.ts';
import { normalize } from './text.ts';

// What the page says happened: which of the firm's analysts are listed as users, which known errors are shown,
// and whether the person acts as a manager (may grant access) or as a mere user.

export type { OutcomeError };

export interface Outcome {
  /** The profile's analysts (11 digits) listed in a table or list of the page, in the profile's order. */
  listedNiss: string[];
  errors: OutcomeError[];
  quality: 'manager' | 'user' | null;
  /** The one company the page's content names by number, outside the header (the registration's pages). */
  shown: ShownCompany | null;
  /** What the portal's message boxes say (the registration's result names the company without its number). */
  message: string;
}

export interface OutcomeOptions {
  /** The company being worked on: its row on the company-choice page tells its quality. */
  company?: CompanyRef;
  scan?: PageScan;
}

const QUALITY_CAPTIONS = {
  manager: allTexts(QUALITY_TEXTS.manager).map(prepareCaption),
  user: allTexts(QUALITY_TEXTS.user).map(prepareCaption),
};

/**
 * Whether a text may name a caption: a match of 0.9 or more needs every meaningful word of the caption, or the
 * caption written joined. Most texts of a page have neither: they are not prepared for the full comparison.
 */
function mayName(caption: PreparedCaption, words: ReadonlySet<string>, squashed: string): boolean {
  if (squashed.includes(caption.squashed)) return true;
  for (const word of caption.content) if (!words.has(word)) return false;
  return true;
}

/** The quality a text names as a whole (or as one delimited part), or null. Both named: null. */
export function qualityOf(text: string): 'manager' | 'user' | null {
  const folded = normalize(text);
  const words = new Set(folded.split(' '));
  const squashed = folded.replaceAll(' ', '');
  let prepared: PreparedText | null = null;
  const named = (['manager', 'user'] as const).filter((q) =>
    QUALITY_CAPTIONS[q].some((caption) => {
      if (!mayName(caption, words, squashed)) return false;
      prepared ??= prepareText(text);
      return similarity(prepared, caption, { segments: { any: true } }) >= 0.9;
    }),
  );
  return named.length === 1 ? (named[0] ?? null) : null;
}

function qualityIn(texts: Iterable<string>): 'manager' | 'user' | null {
  const found = new Set<'manager' | 'user'>();
  for (const text of texts) {
    const quality = qualityOf(text);
    if (quality) found.add(quality);
  }
  return found.size === 1 ? ([...found][0] ?? null) : null;
}

function companyRowQuality(scan: PageScan, company: CompanyRef): 'manager' | 'user' | null {
  const rows = new Set(
    numberCells(scan, 'enterprise-numbers')
      .filter((c) => c.digits === company.enterpriseNumber)
      .map((c) => c.cell.closest('tr, [role=row], li') ?? c.cell),
  );
  if (rows.size !== 1) return null;
  const row = [...rows][0] as Element;
  const cells = row.querySelectorAll('td, th, [role=cell], [role=gridcell], span, div');
  return qualityIn([...cells].map((cell) => cell.textContent ?? ''));
}

/** « Connecté : Marie Dupont (Gestionnaire d'accès principal) » next to the company in the logged-in header. */
function headerQuality(scan: PageScan): 'manager' | 'user' | null {
  const header = readCompanyHeader(scan);
  let bar: Element | null = header?.element ?? null;
  for (let depth = 0; bar && depth < 2; depth++) bar = visualParent(bar);
  if (!bar) return null;
  const texts: string[] = [];
  for (const element of bar.querySelectorAll('*')) {
    if (element.children.length === 0 || element.childNodes.length > element.children.length) {
      texts.push(element.textContent ?? '');
    }
  }
  return qualityIn(texts);
}

const HEADINGS = 'h1, h2, [role=heading]';
const MESSAGE_MAX = 500;

export function detectOutcome(doc: Document, profile: Profile, options: OutcomeOptions = {}): Outcome {
  const scan = options.scan ?? new PageScan(doc);
  const listed = new Set(numberCells(scan, 'niss-numbers').map((c) => c.digits));
  const listedNiss = profile.analysts.map((a) => a.niss).filter((niss) => listed.has(niss));

  const boxes = messageBoxes(scan).map((element) => element.textContent ?? '');
  const messages = [
    ...boxes,
    ...[...doc.querySelectorAll(HEADINGS)]
      .filter((h) => scan.visibility.isVisible(h))
      .map((h) => h.textContent ?? ''),
  ];
  const errors = OUTCOME_ERRORS.filter((outcome) => messages.some((m) => messageSays(m, outcome)));

  const quality = (options.company ? companyRowQuality(scan, options.company) : null) ?? headerQuality(scan);
  const message = boxes.join(' ').replace(/\s+/g, ' ').trim().slice(0, MESSAGE_MAX);
  return { listedNiss, errors, quality, shown: companyShown(scan), message };
}
