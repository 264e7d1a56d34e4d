import type { Overlay } from './overlay/overlay.ts';
import { deepTarget } from './roots.ts';

// What the person does on the page that the guide must see: their own ticks and typing change properties
// (checked, value), which no mutation reports, so each asks for a pass in the next frame (a look-alike right ticked
// by hand is flagged, and unflagged, at once); Esc hides the guide, unless they are typing: their keys are theirs
// (nothing is ever prevented).

export function listenToPerson(
  win: Window & typeof globalThis,
  overlay: Overlay,
  hooks: { requestChange: () => void; dismiss: () => void; teaching: () => boolean },
  signal: AbortSignal,
): void {
  const doc = win.document;
  const ownInput = (event: Event) => {
    const from = deepTarget(event);
    if (!from || !overlay.isOwn(from)) hooks.requestChange();
  };
  for (const type of ['change', 'input'])
    doc.addEventListener(type, ownInput, { capture: true, passive: true, signal });
  win.addEventListener(
    'keydown',
    (event) => {
      if (event.key !== 'Escape' || !overlay.visible || hooks.teaching()) return;
      const from = deepTarget(event);
      if (from && isEditable(from)) return;
      hooks.dismiss();
    },
    { signal },
  );
}

function isEditable(element: Element): boolean {
  return (
    element.matches('input, textarea, select, [contenteditable=""], [contenteditable="true"]') ||
    (element as HTMLElement).isContentEditable === true
  );
}
