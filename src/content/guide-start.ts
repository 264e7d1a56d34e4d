import { boot } from './boot.ts';
import { startOnce } from './once.ts';

// guide.js: the last stage, which the background injects into a frame whose gate opened (gate-watch.ts).

startOnce('__onssGuideStarted', boot);
