import { isProcedureHost } from '../shared/hosts.ts';
import { send } from './messaging.ts';

// content.js, the manifest's content script on every page (every frame) of the procedure's hosts. Chromium may run
// a document_idle script before the page's load event, so this file is kept to a loader of a few hundred bytes:
// after the load event it asks the background to inject gate.js (the page reading, engine/gate.ts), which loads
// the guide (guide.js) only where a step could be recognised. The manifest limits it to those hosts; the checks
// below are a second lock, and keep the guide out of frames of another origin (a password manager's rule: same
// origin only).

function sameOriginAsTop(win: Window): boolean {
  if (win === win.top) return true;
  try {
    return win.top?.location.origin === win.location.origin && win.location.origin !== 'null';
  } catch {
    return false;
  }
}

const start = () => {
  send({ type: 'script/load', script: 'gate' }).catch((error: unknown) => console.warn('ONSS guide:', error));
};

if (isProcedureHost(location.hostname) && sameOriginAsTop(window)) {
  // The page is read after its load event is over (the frame after it: a load listener's work would count in the
  // page's own load time); content that comes later is seen by the gate's MutationObserver. One listener and one
  // frame, no timer.
  const afterLoad = () => requestAnimationFrame(start);
  if (document.readyState === 'complete') start();
  else window.addEventListener('load', afterLoad, { once: true });
}
