import { gatePort, watchGate } from './gate-watch.ts';
import { startOnce } from './once.ts';

// gate.js: the second stage, which the background injects into a frame of the procedure's hosts once its page has
// loaded (content.js asks). It reads the page and loads the guide where a step could be recognised.

startOnce('__onssGateStarted', () => watchGate(window, gatePort));
