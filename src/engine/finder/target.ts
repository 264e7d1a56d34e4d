import { allTexts } from '../procedure/index.ts';
import type { LabelMeaning, LocaleTexts, Position, Role } from '../procedure/schema.ts';
import { normalize } from '../text.ts';
import { mayNameNissField, namesNissField } from './niss-concepts.ts';
import { type PreparedCaption, prepareCaption } from './similarity.ts';

// An element target prepared once for scoring: captions normalised, context phrases and words folded, the meaning a
// field's label is read by (when the target has one).

export interface ElementSpec {
  roles: readonly Role[];
  names: LocaleTexts | string[];
  context?: LocaleTexts;
  words?: readonly string[];
  position?: Position;
  meaning?: LabelMeaning;
}

/** A field's label read by meaning: whether it names the target. */
export interface Meaning {
  ofLabel: (label: string) => boolean;
  /** A cheap first look: whether the element's texts carry any word the meaning knows. */
  mayMatch: (folded: string) => boolean;
}

const MEANINGS: Record<LabelMeaning, Meaning> = {
  'niss-field': { ofLabel: namesNissField, mayMatch: mayNameNissField },
};

export interface PreparedTarget {
  roles: readonly Role[];
  captions: PreparedCaption[];
  /** Every meaningful word of every caption: a candidate sharing none of them cannot match. */
  captionWords: Set<string>;
  context: string[];
  words: Set<string>;
  position?: Position;
  meaning?: Meaning;
}

export function prepareTarget(spec: ElementSpec): PreparedTarget {
  const names = Array.isArray(spec.names) ? spec.names : allTexts(spec.names);
  const captions = names.map(prepareCaption);
  const captionWords = new Set<string>();
  for (const caption of captions) {
    for (const word of caption.content) captionWords.add(word);
    // A joined compound (« onlinediensten ») must still reach the comparison.
    captionWords.add(caption.squashed);
  }
  return {
    roles: spec.roles,
    captions,
    captionWords,
    context: allTexts(spec.context).map(normalize).filter(Boolean),
    words: new Set((spec.words ?? []).map((w) => w.toLowerCase())),
    ...(spec.position ? { position: spec.position } : {}),
    ...(spec.meaning ? { meaning: MEANINGS[spec.meaning] } : {}),
  };
}
