import { boot } from './boot.ts';

// guide.js: the second stage, which the background injects into a frame whose gate opened (gate-watch.ts), in
// the content script's own isolated world. It starts the guide once per document, however often it is injected.

const STARTED = '__onssGuideStarted';
const scope = globalThis as { [STARTED]?: boolean };

if (!scope[STARTED]) {
  scope[STARTED] = true;
  try {
    boot();
  } catch (error) {
    console.warn('ONSS guide:', error);
  }
}
