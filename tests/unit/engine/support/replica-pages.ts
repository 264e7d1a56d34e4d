import {
  renderScreen,
  SCREENS,
  type ScreenId,
  type ScreenInfo,
  screenUrl,
} from '../../../../replica/render/index.ts';
import { LANGS, MARKUPS, type ScreenData, type Variant, WORDINGS } from '../../../../replica/render/types.ts';

// Replica pages as the engine sees them: a parsed document with a window, the URL it would have, and where the
// replica says each step's target is (its `data-replica-truth` markers, removed from the DOM before the engine runs).

/** The static variants (language × wording × markup); timing variants are exercised in real browsers. */
export const STATIC_VARIANTS: readonly Variant[] = LANGS.flatMap((lang) =>
  WORDINGS.flatMap((wording) =>
    MARKUPS.map((markup) => ({ lang, wording, markup, timing: 'normal' as const })),
  ),
);

export interface ReplicaPage {
  screen: ScreenInfo;
  variant: Variant;
  url: string;
  doc: Document;
  release: () => void;
  /** Truth value → the element(s) that carried it. */
  truth: Map<string, Element[]>;
}

/**
 * A document with its own window (the accessible-name computation needs one), as a page in a frame of the test's
 * document. Needs the jsdom test environment. `release` removes the frame.
 */
export function windowedDocument(html: string): { doc: Document; release: () => void } {
  const frame = document.createElement('iframe');
  document.body.append(frame);
  const doc = frame.contentDocument as Document;
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  doc.replaceChild(doc.importNode(parsed.documentElement, true), doc.documentElement);
  return { doc, release: () => frame.remove() };
}

export function parsePage(html: string): {
  doc: Document;
  truth: Map<string, Element[]>;
  release: () => void;
} {
  const { doc, release } = windowedDocument(html);
  const truth = new Map<string, Element[]>();
  for (const element of doc.querySelectorAll('[data-replica-truth]')) {
    const key = element.getAttribute('data-replica-truth') ?? '';
    truth.set(key, [...(truth.get(key) ?? []), element]);
    element.removeAttribute('data-replica-truth');
  }
  return { doc, truth, release };
}

export function replicaPage(screen: ScreenInfo, variant: Variant, data: ScreenData = {}): ReplicaPage {
  const html = renderScreen(screen.id, variant, { ...data, truth: true });
  const url = screenUrl(screen.id, variant.lang);
  return { screen, variant, url, ...parsePage(html) };
}

export function* allReplicaPages(): Generator<ReplicaPage> {
  for (const variant of STATIC_VARIANTS) for (const screen of SCREENS) yield replicaPage(screen, variant);
}

export function label(page: ReplicaPage): string {
  const v = page.variant;
  return `${page.screen.id} ${v.lang}-${v.wording}-${v.markup}`;
}

/** A short, printable description of an element (test failure messages). */
export function describe(element: Element | null | undefined): string {
  if (!element) return 'nothing';
  return element.outerHTML.replace(/\s+/g, ' ').slice(0, 160);
}

/** The outer page with the access-management screen loaded into its same-origin frame. */
export function framedPage(screenId: ScreenId, v: Variant) {
  const outer = parsePage(renderScreen(screenId, v, { truth: true }));
  const frame = outer.doc.querySelector('iframe') as HTMLIFrameElement;
  const inner = new DOMParser().parseFromString(
    renderScreen(screenId, v, { truth: true, inFrame: true }),
    'text/html',
  );
  const frameDoc = frame.contentDocument as Document;
  // jsdom does not load the frame's src: the frame holds an empty document until we put the page in it.
  const root = frameDoc.importNode(inner.documentElement, true);
  if (frameDoc.documentElement) frameDoc.replaceChild(root, frameDoc.documentElement);
  else frameDoc.appendChild(root);
  const truth = new Map<string, Element>();
  for (const el of frameDoc.querySelectorAll('[data-replica-truth]')) {
    truth.set(el.getAttribute('data-replica-truth') ?? '', el);
    el.removeAttribute('data-replica-truth');
  }
  return { doc: outer.doc, truth, release: outer.release };
}
