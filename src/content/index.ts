import { isProcedureHost } from '../shared/hosts.ts';

// Thin entry of content.js, the script on every page of the procedure's hosts: the manifest limits it to those hosts
// (in every frame); the checks below are a second lock, and keep the guide out of frames of another origin (a
// password manager's rule: same origin only). It runs the gate (gate-watch.ts); the guide itself (guide.js) is
// loaded only where the gate opens.

function sameOriginAsTop(win: Window): boolean {
  if (win === win.top) return true;
  try {
    return win.top?.location.origin === win.location.origin && win.location.origin !== 'null';
  } catch {
    return false;
  }
}

const start = () => {
  // Bundled into this same file, but evaluated only now (esbuild turns the import into a lazy module): the gate's
  // set-up (the procedure's pages) does not run while the page loads.
  import('./gate-watch.ts')
    .then(({ watchGate, gatePort }) => watchGate(window, gatePort))
    .catch((error: unknown) => console.warn('ONSS guide:', error));
};

if (isProcedureHost(location.hostname) && sameOriginAsTop(window)) {
  // The first reading of the page waits until its load event is over (the frame after it: a load listener's
  // work, microtasks included, would count in the page's own load time); content that comes later is seen by
  // the gate's MutationObserver. One listener and one frame, no timer.
  const afterLoad = () => requestAnimationFrame(start);
  if (document.readyState === 'complete') start();
  else window.addEventListener('load', afterLoad, { once: true });
}
