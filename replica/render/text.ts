import { DE } from './text-de.ts';
import { type Entry, FR, type TextKey } from './text-fr.ts';
import { NL } from './text-nl.ts';
import type { Lang, Wording } from './types.ts';

const TEXTS: Record<Lang, Record<TextKey, Entry>> = { fr: FR, nl: NL, de: DE };

export type { TextKey };

/** The caption for `key` in a language and wording, with `{name}` placeholders filled (raw text, not escaped). */
export function text(
  lang: Lang,
  wording: Wording,
  key: TextKey,
  params: Record<string, string> = {},
): string {
  const entry = TEXTS[lang][key];
  const raw = typeof entry === 'string' ? entry : entry[wording];
  return raw.replace(/\{(\w+)\}/g, (whole, name: string) => params[name] ?? whole);
}
