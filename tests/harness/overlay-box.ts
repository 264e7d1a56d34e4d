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

/** In the page: the card's box, or null while no card (or badge) is shown. (No named function inside: tsx would
 *  wrap it in a helper the page does not have.) */
export function cardBoxInPage(): CardBox | null {
  const host = [...document.documentElement.children].find(
    (e) => e !== document.head && e !== document.body && e.localName !== 'style',
  );
  if (!host) return null;
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (let y = 2; y < innerHeight; y += 8)
    for (let x = 2; x < innerWidth; x += 8)
      if (document.elementFromPoint(x, y) === host) {
        x0 = Math.min(x0, x);
        y0 = Math.min(y0, y);
        x1 = Math.max(x1, x);
        y1 = Math.max(y1, y);
      }
  if (x0 === Infinity) return null;
  // Exact edges along the middle lines (the corners are rounded).
  const my = Math.round((y0 + y1) / 2);
  const mx = Math.round((x0 + x1) / 2);
  while (x0 > 0 && document.elementFromPoint(x0 - 1, my) === host) x0--;
  while (x1 < innerWidth - 1 && document.elementFromPoint(x1 + 1, my) === host) x1++;
  while (y0 > 0 && document.elementFromPoint(mx, y0 - 1) === host) y0--;
  while (y1 < innerHeight - 1 && document.elementFromPoint(mx, y1 + 1) === host) y1++;
  return { x: x0, y: y0, width: x1 - x0 + 1, height: y1 - y0 + 1 };
}

/** The card's box once it has stopped moving (two equal readings in a row), optionally once `ready` holds. */
export async function settledCard(
  page: TestPage,
  what: string,
  ready: (box: CardBox) => boolean = () => true,
): Promise<CardBox> {
  let last = '';
  return poll(what, async () => {
    const box = await page.evaluate(cardBoxInPage);
    const now = JSON.stringify(box);
    const stable = box !== null && now === last && ready(box);
    last = now;
    return stable ? box : null;
  });
}
