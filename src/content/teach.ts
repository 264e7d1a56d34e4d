import { composedParent, deepTarget } from './roots.ts';

// Teach mode: the person shows the guide the element to use by clicking it. While it lasts, presses and clicks on
// the page are captured before the page sees them (the page's action does not run); the overlay's own card keeps
// working. Esc cancels. Every listener goes away with one abort(). Only the person's own input counts
// (event.isTrusted): a script on the page that dispatches clicks or keys can neither plant a correction nor end
// teach mode, and its synthetic events are left alone.

const ACTIONABLE =
  'a[href],button,input,select,textarea,label,summary,[role=button],[role=link],[role=menuitem],[role=tab],' +
  '[role=checkbox],[role=radio],[role=option],[role=row],[role=treeitem],[onclick],[tabindex]';

/** The element a click on `element` means: itself or its nearest actionable ancestor (across shadow roots). */
export function actionableFrom(element: Element): Element {
  for (let node: Element | null = element; node; node = composedParent(node)) {
    if (node.matches(ACTIONABLE)) return node;
    if (node.localName === 'body') break;
  }
  return element;
}

export interface TeachOptions {
  isOwn: (node: Node) => boolean;
  onHover: (element: Element) => void;
  onPick: (element: Element) => void;
  onCancel: () => void;
}

const SWALLOWED = [
  'pointerdown',
  'mousedown',
  'pointerup',
  'mouseup',
  'touchstart',
  'touchend',
  'dblclick',
  'auxclick',
  'submit',
];

export function startTeach(win: Window, options: TeachOptions): () => void {
  const controller = new AbortController();
  const listen = { capture: true, signal: controller.signal } as const;
  const fromPage = (event: Event) =>
    event.isTrusted && !event.composedPath().some((node) => node instanceof Node && options.isOwn(node));
  const swallow = (event: Event) => {
    if (!fromPage(event)) return;
    event.preventDefault();
    event.stopImmediatePropagation();
  };
  for (const type of SWALLOWED) win.addEventListener(type, swallow, listen);
  win.addEventListener(
    'click',
    (event) => {
      if (!fromPage(event)) return;
      swallow(event);
      const element = deepTarget(event);
      if (!element) return;
      controller.abort();
      options.onPick(actionableFrom(element));
    },
    listen,
  );
  win.addEventListener(
    'pointermove',
    (event) => {
      const element = fromPage(event) ? deepTarget(event) : null;
      if (element) options.onHover(actionableFrom(element));
    },
    { capture: true, passive: true, signal: controller.signal },
  );
  win.addEventListener(
    'keydown',
    (event) => {
      if (!event.isTrusted || event.key !== 'Escape') return;
      controller.abort();
      options.onCancel();
    },
    listen,
  );
  return () => controller.abort();
}
