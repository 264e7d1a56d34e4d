import { send } from '../shared/browser.ts';
import { isProcedureHost } from '../shared/hosts.ts';
import type { Locale } from '../shared/state.ts';

// Thin glue: the manifest limits this script to the procedure's hosts; the check below is a second lock.

function pageLanguage(doc: Document): Locale | null {
  const fromPath = /\/site_(fr|nl|de|en)\//.exec(doc.location.pathname)?.[1];
  const declared = (fromPath ?? doc.documentElement.lang).slice(0, 2).toLowerCase();
  return declared === 'fr' || declared === 'nl' || declared === 'de' || declared === 'en' ? declared : null;
}

if (isProcedureHost(location.hostname)) {
  send({ type: 'page/seen', stepId: null, confidence: 0, lang: pageLanguage(document) }).catch(
    (error: unknown) => console.warn('ONSS guide:', error),
  );
}
