import { t } from '../../shared/template.ts';
import { problemReport } from '../outline.ts';
import type { CardNote } from '../overlay/card.ts';
import type { Found, GuideContext, TeachPort } from '../port.ts';
import type { FeatureFactory } from './feature.ts';

// « Signaler un problème » and « Exporter les corrections »: a note the person reads, copies or e-mails; nothing is
// sent by the guide itself.

const MAX_MAIL_BODY = 1800;

export function reportNote(
  win: Window,
  stepId: string,
  found: Found,
  context: GuideContext,
  warn: (error: unknown) => void,
): CardNote {
  const text = problemReport({ doc: win.document, url: win.location.href, stepId, found });
  const email = context.profile.firmEmail;
  const subject = t(context.strings, 'card_reportSubject');
  const body = text.length > MAX_MAIL_BODY ? `${text.slice(0, MAX_MAIL_BODY)}\n…` : text;
  return {
    tone: 'info',
    text: t(context.strings, 'card_reportTitle'),
    block: text,
    link: {
      label: t(context.strings, 'card_email', email),
      href: `mailto:${email}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`,
    },
    actions: [
      { id: 'copy-report', label: t(context.strings, 'card_copy'), run: () => copy(win, text, warn) },
    ],
  };
}

export async function exportNote(
  win: Window,
  port: TeachPort,
  context: GuideContext,
  warn: (error: unknown) => void,
): Promise<CardNote> {
  const text = JSON.stringify(await port.exportLearned(), null, 2);
  return {
    tone: 'info',
    text: t(context.strings, 'card_exportTitle'),
    block: text,
    actions: [
      { id: 'copy-learned', label: t(context.strings, 'card_copy'), run: () => copy(win, text, warn) },
    ],
  };
}

function copy(win: Window, text: string, warn: (error: unknown) => void) {
  win.navigator.clipboard?.writeText(text).catch(warn);
}

/** The feature: the card's « Signaler un problème » and « Exporter les corrections » (with a teach port only). */
export const reportFeature: FeatureFactory = (guide) => {
  const show = (note: CardNote) => {
    guide.note(note);
    guide.requestChange();
  };
  return {
    button(id, { shown, found, context }) {
      const { win, teaching, warn } = guide;
      if (id === 'report') return () => show(reportNote(win, shown, found, context, warn));
      if (id === 'export') return () => teaching && exportNote(win, teaching, context, warn).then(show, warn);
      return undefined;
    },
  };
};
