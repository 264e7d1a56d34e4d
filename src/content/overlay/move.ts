import type { Placed } from './position.ts';

// Moving the card: dragged by its head with the mouse (or a finger), or with the arrow keys while its move button
// has focus (Shift: larger steps). Only the card's own events are handled: the page's keys stay the page's.

const STEP = 16;
const BIG_STEP = 64;

export interface Mover {
  stop(): void;
}

const ARROWS: Record<string, [number, number]> = {
  ArrowLeft: [-1, 0],
  ArrowRight: [1, 0],
  ArrowUp: [0, -1],
  ArrowDown: [0, 1],
};

export function createMover(card: HTMLElement, moved: (at: Placed) => void): Mover {
  const controller = new AbortController();
  const { signal } = controller;
  const where = (): Placed => ({ x: card.offsetLeft, y: card.offsetTop });
  let drag: { id: number; dx: number; dy: number } | null = null;

  card.addEventListener(
    'pointerdown',
    (event) => {
      const from = event.target as Element;
      // The head (and the move button) drags; every other control keeps its click.
      if (!from.closest('.head') || (from.closest('button') && !from.closest('[data-ui=move]'))) return;
      const at = where();
      drag = { id: event.pointerId, dx: event.clientX - at.x, dy: event.clientY - at.y };
      card.setPointerCapture?.(event.pointerId);
      event.preventDefault();
    },
    { signal },
  );
  card.addEventListener(
    'pointermove',
    (event) => {
      if (drag?.id !== event.pointerId) return;
      moved({ x: event.clientX - drag.dx, y: event.clientY - drag.dy });
    },
    { signal },
  );
  const end = (event: PointerEvent) => {
    if (drag?.id === event.pointerId) drag = null;
  };
  card.addEventListener('pointerup', end, { signal });
  card.addEventListener('pointercancel', end, { signal });
  card.addEventListener(
    'keydown',
    (event) => {
      const arrow = ARROWS[event.key];
      if (!arrow || !(event.target as Element).closest('[data-ui=move]')) return;
      event.preventDefault();
      event.stopPropagation();
      const step = event.shiftKey ? BIG_STEP : STEP;
      const at = where();
      moved({ x: at.x + arrow[0] * step, y: at.y + arrow[1] * step });
    },
    { signal },
  );
  return { stop: () => controller.abort() };
}
