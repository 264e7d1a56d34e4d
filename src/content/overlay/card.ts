// The hint card as data, and its rendering with plain DOM calls (no HTML strings: page text never becomes markup).

export type Tone = 'info' | 'warn' | 'error' | 'ok';

export interface CardAction {
  id: string;
  label: string;
  run: () => void;
  primary?: boolean;
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
  const actions = (list: CardAction[] | undefined) => (list ?? []).map((a) => `${a.id}:${a.label}`);
  return JSON.stringify([
    model.lang,
    model.count,
    model.title,
    model.notes.map((n) => [n.tone, n.text, n.code, n.link?.href, n.block, actions(n.actions)]),
    actions(model.actions),
  ]);
}

/** Every control of a card by id: a card that is not rebuilt still runs the newest model's callbacks. */
export function actionsOf(model: CardModel): Map<string, () => void> {
  const all = [...model.notes.flatMap((note) => note.actions ?? []), ...model.actions];
  return new Map(all.map((action) => [action.id, action.run]));
}

function row(doc: Document, actions: CardAction[] | undefined): HTMLElement | null {
  if (!actions?.length) return null;
  return h(
    doc,
    'div',
    { class: 'row' },
    actions.map((action) =>
      h(
        doc,
        'button',
        { type: 'button', 'data-action': action.id, ...(action.primary ? { class: 'primary' } : {}) },
        [action.label],
      ),
    ),
  );
}

/** Renders the card; its buttons carry `data-action` and the caller handles clicks (one listener on the card). */
export function renderCard(doc: Document, card: HTMLElement, model: CardModel): void {
  card.lang = model.lang;
  card.replaceChildren(
    ...[
      model.count ? h(doc, 'p', { class: 'count' }, [model.count]) : null,
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
          row(doc, note.actions),
        ]),
      ),
      row(doc, model.actions),
    ].filter((node): node is HTMLElement => node !== null),
  );
}
