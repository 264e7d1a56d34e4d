import { keyOf } from '../../engine/plan/notes.ts';
import type { Locale } from '../../shared/state.ts';
import { t } from '../../shared/template.ts';
import { type CardNote, cardChrome } from '../overlay/card.ts';
import type { Overlay } from '../overlay/overlay.ts';
import type { GuideContext, TeachPort } from '../port.ts';
import { startTeach } from '../teach.ts';
import type { FeatureFactory } from './feature.ts';

// « Ce n'est pas ceci » / « Montrez-moi »: the person picks the element; its fingerprint goes to the background.
// While it lasts, the guide's passes stop (active()).

export interface TeachMode {
  active(): boolean;
  start(stepId: string, lang: Locale, context: GuideContext): void;
  stop(): void;
}

export function createTeachMode(
  win: Window & typeof globalThis,
  port: TeachPort,
  overlay: Overlay,
  hooks: { onStart: () => void; note: (note: CardNote) => void; learned: () => void; resume: () => void },
  warn: (error: unknown) => void,
): TeachMode {
  let stopTeach: (() => void) | null = null;
  return {
    active: () => stopTeach !== null,
    stop: () => {
      stopTeach?.();
      stopTeach = null;
    },
    start(stepId, lang, context) {
      const { strings } = context;
      hooks.onStart();
      const cancel = () => {
        stopTeach?.();
        stopTeach = null;
        overlay.outline(null);
        hooks.resume();
      };
      overlay.show(
        {
          lang,
          title: t(strings, 'card_teachTitle'),
          notes: [
            {
              tone: 'info',
              text: t(strings, `step_${keyOf(stepId)}`) || t(strings, `hint_${keyOf(stepId)}`),
            },
          ],
          actions: [{ id: 'teach-cancel', label: t(strings, 'card_cancel'), run: cancel, primary: true }],
          chrome: cardChrome(strings),
        },
        null,
      );
      stopTeach = startTeach(win, {
        isOwn: (node) => overlay.isOwn(node),
        onHover: (element) => overlay.outline(element),
        onPick: (element) => {
          stopTeach = null;
          overlay.outline(null);
          const fingerprint = port.fingerprint(element, stepId);
          if (fingerprint === null) {
            // Not something a person can act on (plain text, a layout box): nothing is stored.
            hooks.note({ tone: 'warn', text: t(strings, 'card_teachNothing') });
          } else {
            port.learn(fingerprint).then(() => {
              hooks.note({ tone: 'ok', text: t(strings, 'card_learned') });
              hooks.learned();
            }, warn);
          }
          hooks.resume();
        },
        onCancel: cancel,
      });
    },
  };
}

/** The feature: « Ce n'est pas ceci » / « Montrez-moi » on the card, where there is a teach port. */
export const teachFeature: FeatureFactory = (guide) => {
  if (!guide.teaching) return null;
  const mode = createTeachMode(
    guide.win,
    guide.teaching,
    guide.overlay,
    {
      onStart: () => guide.marker.set(null, null),
      note: (note) => guide.note(note),
      learned: () => guide.refresh(),
      resume: () => guide.requestChange(),
    },
    guide.warn,
  );
  return {
    holding: () => mode.active(),
    button(id, { shown, lang, context }) {
      return id === 'teach' ? () => mode.start(shown, lang, context) : undefined;
    },
    stop: () => mode.stop(),
  };
};
