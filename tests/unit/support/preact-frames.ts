import { options } from 'preact';

// Preact runs effects after the next frame: requestAnimationFrame raced with a 35 ms timer whose callback calls
// cancelAnimationFrame. An effect scheduled by a test's last render can fire that timer after jsdom is torn down,
// where cancelAnimationFrame no longer exists: an unhandled error that fails the run at random. A plain timer
// schedules the same effects without touching the window's frame functions.
options.requestAnimationFrame = (callback) => {
  setTimeout(callback, 0);
};
