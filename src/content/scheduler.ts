import { timedPass } from './timing.ts';

// Turns page changes into at most one piece of work per animation frame. Nothing runs on a static page: no
// polling and no timers; only a MutationObserver and scroll/resize listeners, which fire when something happens.

/** Attributes whose change can move, show, hide or rename what the guide looks for. Our own marker attribute is
 *  deliberately absent, so marking an element does not wake the guide up again. */
const WATCHED_ATTRIBUTES = [
  'class',
  'style',
  'hidden',
  'id',
  'role',
  'type',
  'disabled',
  'checked',
  'open',
  'href',
  'aria-hidden',
  'aria-expanded',
  'aria-selected',
  'aria-label',
  'aria-labelledby',
];

/** What a page change is, to a MutationObserver (the gate's hand-over watches the same: handoff.ts). */
export const PAGE_MUTATIONS: MutationObserverInit = {
  subtree: true,
  childList: true,
  characterData: true,
  attributes: true,
  attributeFilter: WATCHED_ATTRIBUTES,
};

export interface SchedulerOptions {
  /** The guide's own nodes: their changes are not the page changing. */
  isOwn: (node: Node) => boolean;
  /** Something changed: re-read the page. Called at most once per frame; `pageChanged` is false when only the
   *  guide itself asked (an answer from the background arrived), so the last reading of the page still holds. */
  onChange: (pageChanged: boolean) => void;
  /** Only the viewport moved (scroll, resize): re-position. Called at most once per frame, never with onChange.
   *  Without it, scrolling and resizing are not listened to (content.js's gate places nothing on the page). */
  onViewport?: () => void;
  frame?: (callback: () => void) => void;
}

export interface Scheduler {
  /** Watches a document or an open shadow root (mutations inside a shadow root do not reach the document). */
  observe(root: Document | ShadowRoot): void;
  requestChange(): void;
  requestViewport(): void;
  stop(): void;
}

const CHANGE = 1;
const VIEWPORT = 2;

export function createScheduler(win: Window & typeof globalThis, options: SchedulerOptions): Scheduler {
  const frame = options.frame ?? ((callback: () => void) => win.requestAnimationFrame(callback));
  const observed = new WeakSet<Node>();
  const controller = new AbortController();
  let pending = 0;
  let scheduled = false;
  let mutated = false;

  const flush = () => {
    scheduled = false;
    const work = pending;
    pending = 0;
    if (controller.signal.aborted) return;
    const pageChanged = mutated;
    mutated = false;
    if (work & CHANGE) timedPass(win.performance, () => options.onChange(pageChanged));
    else if (work & VIEWPORT && options.onViewport) timedPass(win.performance, options.onViewport);
  };
  const request = (kind: number) => {
    pending |= kind;
    if (scheduled || controller.signal.aborted) return;
    scheduled = true;
    frame(flush);
  };

  const observer = new win.MutationObserver((records) => {
    if (!records.some((record) => isPageChange(record, options.isOwn))) return;
    mutated = true;
    request(CHANGE);
  });

  const listen = { capture: true, passive: true, signal: controller.signal } as const;
  if (options.onViewport) {
    win.addEventListener('scroll', () => request(VIEWPORT), listen);
    win.addEventListener('resize', () => request(VIEWPORT), listen);
  }

  return {
    observe(root) {
      if (observed.has(root) || controller.signal.aborted) return;
      observed.add(root);
      observer.observe(root, PAGE_MUTATIONS);
    },
    requestChange: () => request(CHANGE),
    requestViewport: () => request(VIEWPORT),
    stop() {
      controller.abort();
      observer.disconnect();
    },
  };
}

/** A record the guide must react to: anything but its own overlay being added, restyled or re-shown. */
export function isPageChange(record: MutationRecord, isOwn: (node: Node) => boolean): boolean {
  if (isOwn(record.target)) return false;
  if (record.type !== 'childList') return true;
  const nodes = [...record.addedNodes, ...record.removedNodes];
  // A removed overlay is a page change (the page wiped it): the next pass puts it back.
  return nodes.length === 0 || nodes.some((node) => !isOwn(node) || !node.isConnected);
}
