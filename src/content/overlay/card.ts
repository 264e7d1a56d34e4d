// The hint card as data, and its rendering with plain DOM calls (no HTML strings: page text never becomes markup).
import { type Strings, t } from '../../shared/template.ts';

export type Tone = 'info' | 'warn' | 'error' | 'ok';

export interface CardAction {
  id: string;
  label: string;
  run: () => void;
  primary?: boolean;
  /** Shown under « Autres options » (a disclosure), never as the primary button. */
  more?: boolean;
  /** A few words of what the action does, shown beside it under « Autres options ». */
  description?: string;
}

/** The card's own controls, in the page's language (see cardChrome below). */
export interface CardChrome {
  more: string;
  minimise: string;
  move: string;
  restore: string;
}

export interface CardNote {
  tone: Tone;
  text: string;
  /** A value shown so that it can be copied by hand (e.g. the NISS when the page refused our fill). */
  code?: string;
  link?: { label: string; href: string };
  actions?: CardAction[];
  /** Read-only text to select and copy (the problem report). */
  block?: string;
}

export interface CardModel {
  lang: string;
  /** "Step 3 of 12", or nothing when the page is not a numbered step. */
  count?: string;
  title: string;
  notes: CardNote[];
  actions: CardAction[];
  /** Labels of the card's own controls (minimise, move, « Autres options »); without them there are none. */
  chrome?: CardChrome;
}

type Child = Node | string | null | undefined | false;

export function h(
  doc: Document,
  tag: string,
  props: Record<string, string> = {},
  children: Child[] = [],
): HTMLElement {
  const element = doc.createElement(tag);
  for (const [name, value] of Object.entries(props)) element.setAttribute(name, value);
  for (const child of children) if (child) element.append(child);
  return element;
}

/** What a person perceives of a card: if this does not change, the card is not rebuilt (focus stays put). */
export function cardKey(model: CardModel): string {
  const actions = (list: CardAction[] | undefined) =>
    (list ?? []).map((a) => [a.id, a.label, a.primary, a.more, a.description]);
  return JSON.stringify([
    model.lang,
    model.count,
    model.title,
    model.notes.map((n) => [n.tone, n.text, n.code, n.link?.href, n.block, actions(n.actions)]),
    actions(model.actions),
    model.chrome,
  ]);
}

/** Every control of a card by id: a card that is not rebuilt still runs the newest model's callbacks. */
export function actionsOf(model: CardModel): Map<string, () => void> {
  const all = [...model.notes.flatMap((note) => note.actions ?? []), ...model.actions];
  return new Map(all.map((action) => [action.id, action.run]));
}

function button(doc: Document, action: CardAction, primary: boolean): HTMLElement {
  return h(
    doc,
    'button',
    { type: 'button', 'data-action': action.id, ...(primary ? { class: 'primary' } : {}) },
    [action.label],
  );
}

/** One primary button at most: the first action marked primary, notes' first (an « untick » beats the rest). */
function primaryOf(model: CardModel): CardAction | undefined {
  const all = [...model.notes.flatMap((note) => note.actions ?? []), ...model.actions];
  return all.find((action) => action.primary && !action.more);
}

function row(doc: Document, actions: CardAction[] | undefined, primary: CardAction | undefined) {
  const shown = (actions ?? []).filter((action) => !action.more);
  if (shown.length === 0) return null;
  return h(
    doc,
    'div',
    { class: 'row' },
    shown.map((action) => button(doc, action, action === primary)),
  );
}

/** « Autres options »: a button that opens a list of the other actions, each with a word of what it does. */
function more(doc: Document, model: CardModel, open: boolean): HTMLElement | null {
  const options = [...model.notes.flatMap((note) => note.actions ?? []), ...model.actions].filter(
    (action) => action.more,
  );
  if (options.length === 0) return null;
  return h(doc, 'div', { class: 'more' }, [
    h(
      doc,
      'button',
      {
        type: 'button',
        class: 'disclosure',
        'data-ui': 'more',
        'aria-expanded': String(open),
        'aria-controls': 'onss-guide-more',
      },
      [model.chrome?.more ?? '…'],
    ),
    h(
      doc,
      'ul',
      { id: 'onss-guide-more', class: 'options', ...(open ? {} : { hidden: '' }) },
      options.map((action) =>
        h(doc, 'li', {}, [
          button(doc, action, false),
          action.description ? h(doc, 'span', { class: 'what' }, [action.description]) : null,
        ]),
      ),
    ),
  ]);
}

function head(doc: Document, model: CardModel): HTMLElement {
  const { chrome } = model;
  // Their signs are drawn by the style sheet (styles.ts), in no font.
  const control = (ui: string, label: string) =>
    h(doc, 'button', {
      type: 'button',
      class: `icon ${ui}`,
      'data-ui': ui,
      'aria-label': label,
      title: label,
    });
  return h(doc, 'div', { class: 'head' }, [
    h(doc, 'p', { class: 'count' }, [model.count ?? '']),
    chrome ? control('move', chrome.move) : null,
    chrome ? control('minimise', chrome.minimise) : null,
  ]);
}

/** Renders the card; its buttons carry `data-action` (the model's actions) or `data-ui` (the card's own controls),
 *  and the caller handles clicks (one listener on the card). `moreOpen`: « Autres options » stays open. */
export function renderCard(doc: Document, card: HTMLElement, model: CardModel, moreOpen = false): void {
  card.lang = model.lang;
  const primary = primaryOf(model);
  card.replaceChildren(
    ...[
      head(doc, model),
      h(doc, 'p', { class: 'title', id: 'onss-guide-title' }, [model.title]),
      ...model.notes.map((note) =>
        h(doc, 'div', { class: `note ${note.tone}`, 'data-tone': note.tone }, [
          note.text,
          note.code ? h(doc, 'span', { class: 'code' }, [note.code]) : null,
          note.link
            ? h(doc, 'div', {}, [
                h(doc, 'a', { href: note.link.href, target: '_blank', rel: 'noopener noreferrer' }, [
                  note.link.label,
                ]),
              ])
            : null,
          note.block !== undefined
            ? h(doc, 'textarea', { readonly: '', 'aria-label': note.text }, [note.block])
            : null,
          row(doc, note.actions, primary),
        ]),
      ),
      row(doc, model.actions, primary),
      more(doc, model, moreOpen),
    ].filter((node): node is HTMLElement => node !== null),
  );
}

/** The card's own controls in the strings' language. */
export function cardChrome(strings: Strings): CardChrome {
  return {
    more: t(strings, 'card_more'),
    minimise: t(strings, 'card_minimise'),
    move: t(strings, 'card_move'),
    restore: t(strings, 'card_restore'),
  };
}
