// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { findTarget } from '../../../src/engine/finder/find.ts';
import { recognizePage } from '../../../src/engine/recognize.ts';

// The federal login as it is today (docs/procedure.md, « Found since »): any subset of its keys — eID card reader,
// itsme, MyGov.be, a security code by app or by e-mail, username and password, the European recognised
// identification — worded « S'identifier » / « Aanmelden » / « Anmelden », on a URL the engine has never seen. The
// page is the login choice, and the guide frames the keys shown, every one of them.

const KEYS = ['eid', 'itsme', 'mygov', 'codeApp', 'codeMail', 'password', 'eidas'] as const;
type Key = (typeof KEYS)[number];

const WORDS: Record<
  'fr' | 'nl' | 'de',
  { title: string; keys: Record<Exclude<Key, 'password'>, string>; user: string; pass: string }
> = {
  fr: {
    title: "S'identifier",
    keys: {
      eid: "S'identifier avec le lecteur de carte eID",
      itsme: "S'identifier via itsme",
      mygov: 'MyGov.be',
      codeApp: "S'identifier avec un code de sécurité via une application mobile",
      codeMail: "S'identifier avec un code de sécurité envoyé par e-mail",
      eidas: "S'identifier avec une identification électronique reconnue au plan européen",
    },
    user: "Nom d'utilisateur",
    pass: 'Mot de passe',
  },
  nl: {
    title: 'Aanmelden bij de digitale overheid',
    keys: {
      eid: 'Aanmelden met eID kaartlezer',
      itsme: 'Aanmelden via itsme',
      mygov: 'MyGov.be',
      codeApp: 'Aanmelden met beveiligingscode via mobiele app',
      codeMail: 'Aanmelden met beveiligingscode via e-mail',
      eidas: 'Aanmelden met Europees erkend inlogmiddel',
    },
    user: 'Gebruikersnaam',
    pass: 'Wachtwoord',
  },
  de: {
    title: 'Anmelden',
    keys: {
      eid: 'Anmelden mit eID-Kartenleser',
      itsme: 'Anmelden über itsme',
      mygov: 'MyGov.be',
      codeApp: 'Anmelden mit Sicherheitscode über mobile App',
      codeMail: 'Anmelden mit Sicherheitscode per E-Mail',
      eidas: 'Anmelden mit einem europäisch anerkannten Identifizierungsmittel',
    },
    user: 'Benutzername',
    pass: 'Passwort',
  },
};

/** Every subset of two keys or more. */
const SUBSETS: Key[][] = [];
for (let mask = 0; mask < 1 << KEYS.length; mask++) {
  const subset = KEYS.filter((_, i) => mask & (1 << i));
  if (subset.length >= 2) SUBSETS.push(subset);
}

function loginPage(lang: 'fr' | 'nl' | 'de', keys: Key[]): Document {
  const w = WORDS[lang];
  const doc = document.implementation.createHTMLDocument(w.title);
  doc.documentElement.lang = lang;
  const items = keys.map((key) =>
    key === 'password'
      ? `<form data-key="password"><label for="u">${w.user}</label><input id="u" name="u"><label for="p">${w.pass}</label><input id="p" type="password" name="p"><button type="submit">${w.title}</button></form>`
      : `<a href="#" class="key" data-key="${key}">${w.keys[key]}</a>`,
  );
  doc.body.innerHTML = `<div id="app"><h1>${w.title}</h1><div class="keys">${items.join('')}</div></div>`;
  return doc;
}

describe.each(['fr', 'nl', 'de'] as const)('the federal login of today (%s)', (lang) => {
  it(`is recognised, and the guide frames every key shown, on all ${SUBSETS.length} subsets of its keys`, () => {
    const failures: string[] = [];
    for (const keys of SUBSETS) {
      const doc = loginPage(lang, keys);
      const recognition = recognizePage(doc, 'https://idp.example.be/auth/realms/x/login');
      const result = findTarget(doc, 'connect.method');
      const region = result.status === 'found' ? result.element : null;
      const framed = keys.every((key) => region?.contains(doc.querySelector(`[data-key="${key}"]`)));
      if (recognition.stepId !== 'connect.method' || !framed)
        failures.push(
          `${keys.join('+')}: ${recognition.stepId}, ${region ? 'not every key framed' : 'nothing framed'}`,
        );
    }
    expect(failures).toEqual([]);
  });
});
