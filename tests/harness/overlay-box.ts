import type { TestPage } from './types.ts';
import { poll } from './wait.ts';

// Where the guide's card is on the page, read from outside: its host's shadow root is closed, so the box is found by
// hit-testing the viewport (the whole layer lets clicks through except the card), then refined along its middle.

export interface CardBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Where the card was found: its box, and the same-origin frame whose document holds it (-1: the page itself; else
 *  the frame's index among the page's iframes). */
export interface FoundCard {
  box: CardBox;
  frame: number;
}

/** In the page: the card's box, in the page's document or a same-origin frame's (a target in a frame gets the
 *  frame's card), or null while no card (or badge) is shown; hit-tested every `step` px, then refined to the pixel.
 *  (No named function inside: tsx would wrap it in a helper the page does not have.) */
export function cardBoxInPage(step: number): FoundCard | null {
  const frames = [...document.querySelectorAll('iframe')];
  const docs: [Document, number][] = [[document, -1]];
  for (const [index, frame] of frames.entries()) {
    try {
      if (frame.contentDocument) docs.push([frame.contentDocument, index]);
    } catch {
      // another origin: not ours
    }
  }
  for (const [doc, frame] of docs) {
    // The host's name is random (the page cannot define it first): it is the root's child that is neither head,
    // body nor a style sheet.
    const host = [...doc.documentElement.children].find(
      (e) => e !== doc.head && e !== doc.body && e.localName !== 'style',
    );
    const win = doc.defaultView;
    if (!host || !win) continue;
    const hit = (x: number, y: number) => doc.elementFromPoint(x, y) === host;
    const w = win.innerWidth;
    const h = win.innerHeight;
    let x0 = Infinity;
    let y0 = Infinity;
    let x1 = -Infinity;
    let y1 = -Infinity;
    for (let y = 2; y < h; y += step)
      for (let x = 2; x < w; x += step)
        if (hit(x, y)) {
          x0 = Math.min(x0, x);
          y0 = Math.min(y0, y);
          x1 = Math.max(x1, x);
          y1 = Math.max(y1, y);
        }
    if (x0 === Infinity) continue;
    // Exact edges along the middle lines (the corners are rounded).
    const my = Math.round((y0 + y1) / 2);
    const mx = Math.round((x0 + x1) / 2);
    while (x0 > 0 && hit(x0 - 1, my)) x0--;
    while (x1 < w - 1 && hit(x1 + 1, my)) x1++;
    while (y0 > 0 && hit(mx, y0 - 1)) y0--;
    while (y1 < h - 1 && hit(mx, y1 + 1)) y1++;
    return { box: { x: x0, y: y0, width: x1 - x0 + 1, height: y1 - y0 + 1 }, frame };
  }
  return null;
}

/** The card's box once it has stopped moving (two equal readings in a row), optionally once `ready` holds. */
export async function settledCard(
  page: TestPage,
  what: string,
  ready: (box: CardBox) => boolean = () => true,
): Promise<CardBox> {
  let last = '';
  return poll(what, async () => {
    const box = (await page.evaluate(cardBoxInPage, 8))?.box ?? null;
    const now = JSON.stringify(box);
    const stable = box !== null && now === last && ready(box);
    last = now;
    return stable ? box : null;
  });
}
