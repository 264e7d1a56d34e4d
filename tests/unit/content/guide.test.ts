// @vitest-environment jsdom

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderScreen } from '../../../replica/render/index.ts';
import { engine } from '../../../src/content/boot.ts';
import { FLAG } from '../../../src/content/flags.ts';
import { watchGate } from '../../../src/content/gate-watch.ts';
import { type Guide, startGuide } from '../../../src/content/guide.ts';
import { takeOver } from '../../../src/content/handoff.ts';
import { MARKER } from '../../../src/content/marker.ts';
import { isOverlayHost } from '../../../src/content/overlay/host.ts';
import type {
  AnalystState,
  BackgroundPort,
  EnginePort,
  GuideContext,
  StepAction,
  TeachPort,
} from '../../../src/content/port.ts';
import { readElements } from '../../../src/engine/dom/tree.ts';
import { readGate } from '../../../src/engine/gate.ts';
import { PageReading } from '../../../src/engine/page-reading.ts';
import { pageBusy } from '../../../src/engine/shown.ts';
import { DEFAULT_PROFILE, RIGHT_IDS, type RightId } from '../../../src/shared/profile.ts';
import type { CompanyRef } from '../../../src/shared/state.ts';
import type { StepId } from '../../../src/shared/steps.ts';

// Each reading of the page walks its elements once (PageReading.elements): the walks count the reading passes.
vi.mock('../../../src/engine/dom/tree.ts', async (original) => {
  const tree = await original<typeof import('../../../src/engine/dom/tree.ts')>();
  return { ...tree, readElements: vi.fn(tree.readElements) };
});

/** The overlay's host: its name is random (a page cannot define it first). */
const overlayHostOf = (doc: Document) => [...doc.documentElement.children].find(isOverlayHost) ?? null;

// The guide's behaviour against a fake engine (which reads data-* hints planted in the page) and a fake
// background: what is pointed at, filled, ticked and reported, and what is never touched.

const [FIRST, SECOND] = DEFAULT_PROFILE.analysts as [AnalystState, AnalystState];
const COMPANY = { name: 'ACME SA', enterpriseNumber: '0403199702' };
const ACTIONS: Record<string, StepAction> = {
  'grant.niss': 'fill-niss',
  'grant.rights': 'tick-rights',
  'register.not-legal-representative': 'none',
};
const PAGE_STEPS = [
  'register.not-legal-representative',
  'grant.add-user',
  'grant.niss',
  'grant.rights',
  'grant.save',
  'grant.confirm',
  'grant.done',
];

const fakeEngine: EnginePort = {
  recognize: (doc) => {
    const step = (doc.body.dataset.step as StepId | undefined) ?? null;
    const steps = doc.body.dataset.steps?.split(',') as StepId[] | undefined;
    return {
      stepId: step,
      steps: steps ?? (step ? [step] : []),
      pageId: step,
      confidence: 1,
      lang: 'fr',
      ...(doc.body.dataset.company ? { company: COMPANY } : {}),
    };
  },
  find: (doc, stepId, learned) => {
    const taught = learned.length > 0 ? doc.querySelector(`[data-taught="${stepId}"]`) : null;
    const element = taught ?? doc.querySelector(`[data-t="${stepId}"]`);
    return element
      ? { status: 'found', element, score: 1, margin: 1 }
      : { status: 'not-found', candidates: [{ element: doc.body, score: 0.3, name: 'Appel 0475 12 34 56' }] };
  },
  listedRights: (doc) =>
    [...doc.querySelectorAll<HTMLElement>('li')].map((element) => ({
      element,
      text: element.textContent ?? '',
      right: (element.dataset.listed as RightId | undefined) ?? null,
    })),
  findRights: (doc, rights) => {
    const boxes: Partial<Record<RightId, HTMLInputElement>> = {};
    const missing: RightId[] = [];
    for (const right of rights) {
      const box = doc.querySelector<HTMLInputElement>(`input[data-right="${right}"]`);
      if (box) boxes[right] = box;
      else missing.push(right);
    }
    return {
      boxes,
      missing,
      wrongTicked: [...doc.querySelectorAll<HTMLInputElement>('input[data-wrong]:checked')],
    };
  },
  outcome: (doc) => ({
    listedNiss: [...doc.querySelectorAll<HTMLElement>('[data-listed]')].map((e) => e.dataset.listed ?? ''),
    errors: [...doc.querySelectorAll<HTMLElement>('[data-error]')].map(
      (e) => e.dataset.error as 'not-legal-representative',
    ),
    quality: null,
    // The fake reads the company the page shows from data-shown (the engine reads it from the page's text).
    shown: (() => {
      const digits = doc.querySelector<HTMLElement>('[data-shown]')?.dataset.shown;
      return digits ? { enterpriseNumber: digits, name: '' } : null;
    })(),
    message: '',
  }),
  action: (stepId) => ACTIONS[stepId] ?? 'point',
  shadowRoots: () => new PageReading(document).shadowRoots(),
  busy: (doc) => pageBusy(new PageReading(doc)),
  pageSteps: PAGE_STEPS,
};

/** Every string is its key followed by its substitutions, so the card's wording can be asserted exactly. */
const strings = new Proxy({} as Record<string, string>, {
  get: (_target, key) => (typeof key === 'string' && !key.startsWith('step_') ? `${key}[$1|$2]` : undefined),
});

/** `registration`: what the fake knows at first of every company's registration; a registration fact updates it
 *  for its company, as the background records it. The context's company is the page's, else COMPANY. */
function fakeBackground(
  team: AnalystState[],
  halt: string | null = null,
  registration: GuideContext['registration'] = 'unknown',
) {
  const calls: unknown[][] = [];
  /** Every content→background message of the guide. */
  const messages: unknown[] = [];
  const learned: unknown[] = [];
  const registrations = new Map<string, NonNullable<GuideContext['registration']>>();
  const context = (company: CompanyRef = COMPANY): GuideContext => {
    const open = team.filter((a) => a.status !== 'granted' && a.status !== 'already-user');
    return {
      stepId: '',
      registered: true,
      company,
      analyst: open.find((a) => a.status === 'in-progress') ?? open[0] ?? null,
      team: team.map((a) => ({ ...a })),
      profile: DEFAULT_PROFILE,
      done: team.length - open.length,
      total: team.length,
      strings,
      learned: [...learned],
      halt: null,
      registration: registrations.get(company.enterpriseNumber) ?? registration ?? 'unknown',
      settled: true,
    };
  };
  const port: BackgroundPort = {
    pageSeen: async (recognition) => {
      messages.push(recognition);
      calls.push(['pageSeen', recognition.stepId]);
    },
    // One message per observation: the fake records its facts (as the background does) before it answers, and
    // lists them in `calls` as the separate calls they once were, so that each test reads what was reported.
    observe: async (observation) => {
      messages.push(observation);
      calls.push(['context', ...observation.steps]);
      for (const fact of observation.facts) {
        if (fact.kind === 'analyst') {
          const { enterpriseNumber, niss, status, note } = fact;
          calls.push(['markAnalyst', enterpriseNumber, niss, status, ...(note ? [note] : [])]);
          const analyst = team.find((a) => a.niss === niss);
          if (analyst) analyst.status = status;
        } else {
          calls.push(['registration', fact.enterpriseNumber ?? fact.message, fact.registration]);
          const number = fact.enterpriseNumber;
          if (number && registrations.get(number) !== 'done') registrations.set(number, fact.registration);
        }
      }
      return {
        ...context(observation.company),
        stepId: observation.steps[0] ?? '',
        ...(halt === null ? {} : { halt }),
      };
    },
  };
  const teach: TeachPort = {
    fingerprint: (element, stepId) => ({ stepId, tag: element.localName, text: element.textContent }),
    learn: async (fingerprint) => {
      calls.push(['learn', fingerprint]);
      learned.push(fingerprint);
    },
    exportLearned: async () => ({ version: 1, fingerprints: learned }),
  };
  return { port, calls, messages, teach };
}

const until = (condition: () => unknown) =>
  vi.waitFor(
    () => {
      if (!condition()) throw new Error('condition not met yet');
    },
    { timeout: 5000 },
  );

/** The card lives in a closed shadow root: reach it the way tests may, through the host's popover layer. */
function cardText(): string {
  const host = overlayHostOf(document);
  return (host && openCards.get(host)?.querySelector('.card:not([hidden])')?.textContent) || '';
}
function cardButton(action: string): HTMLButtonElement | null {
  const host = overlayHostOf(document);
  return (host && openCards.get(host)?.querySelector<HTMLButtonElement>(`[data-action="${action}"]`)) || null;
}
// Keep a handle on each closed root as it is made (tests only; the page cannot do this before our script runs).
const openCards = new WeakMap<Element, ShadowRoot>();
const attach = Element.prototype.attachShadow;
Element.prototype.attachShadow = function (this: Element, init: ShadowRootInit) {
  const root = attach.call(this, init);
  openCards.set(this, root);
  return root;
};

function page(step: string, html: string) {
  document.body.innerHTML = html;
  document.body.dataset.step = step;
  document.body.dataset.company = '1';
}

describe('the in-page guide', () => {
  let guide: Guide | null = null;
  let team: AnalystState[];
  beforeEach(() => {
    team = [
      { ...FIRST, status: 'pending' },
      { ...SECOND, status: 'pending' },
    ];
  });
  afterEach(() => {
    guide?.stop();
    guide = null;
    overlayHostOf(document)?.remove();
    document.body.removeAttribute('data-step');
    document.body.removeAttribute('data-steps');
  });

  it('points at the target: marks it (and nothing else) and shows the step in the page language', async () => {
    page(
      'grant.add-user',
      '<button id="decoy">Ajouter</button><a href="#add" data-t="grant.add-user">Ajouter un utilisateur</a>',
    );
    const { port, teach } = fakeBackground(team);
    const recognize = vi.spyOn(fakeEngine, 'recognize');
    guide = startGuide(window, fakeEngine, port, teach);
    await until(() => document.querySelector(`[${MARKER}]`));
    // The page is read once: the pass after the background's answer reuses that reading.
    expect(recognize).toHaveBeenCalledTimes(1);
    recognize.mockRestore();
    expect(document.querySelectorAll(`[${MARKER}]`)).toHaveLength(1);
    expect(document.querySelector('[data-t]')?.getAttribute(MARKER)).toBe('grant.add-user');
    // Counted within its phase (the fake catalogue shows only the first two substitutions).
    expect(cardText()).toContain('card_count[card_phase_grant[|]|1]');
    expect(cardText()).toContain('hint_grantAddUser');
  });

  it('moves the marker when the page changes to another step, and clears it on an unknown page', async () => {
    page('grant.add-user', '<a href="#add" data-t="grant.add-user">Ajouter un utilisateur</a>');
    const { port, teach } = fakeBackground(team);
    guide = startGuide(window, fakeEngine, port, teach);
    await until(() => document.querySelector('[data-t]')?.getAttribute(MARKER));
    page('grant.done', '<table><tr><td>Jean</td></tr></table><a data-t="grant.done" href="#home">Retour</a>');
    await until(() => document.querySelector('[data-t="grant.done"]')?.getAttribute(MARKER) === 'grant.done');
    expect(document.querySelectorAll(`[${MARKER}]`)).toHaveLength(1);
    page('', '<p>Autre chose</p>');
    delete document.body.dataset.step;
    await until(() => cardText() === '');
    expect(document.querySelectorAll(`[${MARKER}]`)).toHaveLength(0);
  });

  it('waits for a target rendered late, without polling', async () => {
    page('grant.add-user', '<main></main>');
    const { port, teach } = fakeBackground(team);
    // Every frame the guide asks for, and whether it has run: a polling loop always has one frame pending.
    const pending = new Set<number>();
    const request = window.requestAnimationFrame.bind(window);
    const frames = vi.spyOn(window, 'requestAnimationFrame').mockImplementation((callback) => {
      const id = request((time) => {
        pending.delete(id);
        callback(time);
      });
      pending.add(id);
      return id;
    });
    guide = startGuide(window, fakeEngine, port, teach);
    await until(() => cardText().includes('hint_notFound'));
    // Recognised, target absent: words and the teach offer, never a guess.
    expect(document.querySelector(`[${MARKER}]`)).toBeNull();
    expect(cardButton('teach')?.textContent).toContain('card_showMe');
    expect(frames).toHaveBeenCalled();
    // A static page asks for no more frames: the passes it asked for all run and none asks for another (a polling
    // loop would keep one frame pending for ever, and this wait would time out).
    await until(() => pending.size === 0);
    document
      .querySelector('main')
      ?.insertAdjacentHTML('beforeend', '<button data-t="grant.add-user">Ajouter</button>');
    await until(() => document.querySelector('[data-t]')?.getAttribute(MARKER));
    frames.mockRestore();
  });

  it('says the page is loading while it shows « Chargement… », then quotes the caption the page gives the target', async () => {
    page('grant.add-user', '<main><p>Chargement…</p></main>');
    const { port, teach } = fakeBackground(team);
    guide = startGuide(window, fakeEngine, port, teach);
    await until(() => cardText().includes('hint_loading'));
    // Nothing to teach or look for on a page still being built.
    expect(cardText()).not.toContain('hint_notFound');
    expect(cardButton('teach')).toBeNull();
    const main = document.querySelector('main');
    if (main) main.innerHTML = '<button data-t="grant.add-user">Nouvel  utilisateur</button>';
    await until(() => cardText().includes('hint_grantAddUser[Nouvel utilisateur|]'));
    expect(cardText()).not.toContain('hint_loading');
  });

  it('offers no teach control without a teach port, and still says what to look for', async () => {
    page('grant.add-user', '<main></main>');
    const { port } = fakeBackground(team);
    guide = startGuide(window, fakeEngine, port);
    await until(() => cardText().includes('hint_notFound'));
    expect(cardButton('teach')).toBeNull();
    expect(cardButton('report')).not.toBeNull();
  });

  it('pre-fills the next analyst NISS, says so, offers undo, and marks the analyst in progress', async () => {
    page(
      'grant.niss',
      '<form><label for="n">NISS</label><input id="n" data-t="grant.niss" maxlength="15" placeholder="00.00.00-000.00"><button type="submit">Suivant</button></form>',
    );
    const submitted = vi.fn((event: Event) => event.preventDefault());
    document.querySelector('form')?.addEventListener('submit', submitted);
    const { port, calls, teach } = fakeBackground(team);
    guide = startGuide(window, fakeEngine, port, teach);
    const field = document.getElementById('n') as HTMLInputElement;
    await until(() => cardText().includes('hint_nissFilled'));
    expect(field.value).toBe('70.04.12-436.23');
    expect(calls).toContainEqual(['markAnalyst', COMPANY.enterpriseNumber, FIRST.niss, 'in-progress']);
    expect(submitted).not.toHaveBeenCalled();
    cardButton('undo-fill')?.click();
    expect(field.value).toBe('');
    await until(() => cardText().includes('hint_nissByHand'));
    expect(cardText()).toContain('70.04.12-436.23');
  });

  it('says so and shows the number when the page reverts the fill', async () => {
    page('grant.niss', '<input id="n" data-t="grant.niss">');
    const field = document.getElementById('n') as HTMLInputElement;
    field.addEventListener('change', () => requestAnimationFrame(() => (field.value = '')));
    const { port, teach } = fakeBackground(team);
    guide = startGuide(window, fakeEngine, port, teach);
    await until(() => cardText().includes('hint_nissReverted'));
    expect(cardText()).toContain('70.04.12-436.23');
  });

  it('points at once on an unsettled context, asks again to settle, and fills only once settled', async () => {
    page('grant.niss', '<label for="n">NISS</label><input id="n" data-t="grant.niss">');
    const { port, messages, teach } = fakeBackground(team);
    const observe = port.observe;
    let settle = () => {};
    const settling = new Promise<void>((go) => {
      settle = go;
    });
    // The background's managed settings are not ready: unsettled at first; the settling answer waits for them.
    port.observe = async (observation) => {
      const context = await observe(observation);
      if (!observation.settle) return { ...context, settled: false };
      await settling;
      return context;
    };
    guide = startGuide(window, fakeEngine, port, teach);
    const field = document.getElementById('n') as HTMLInputElement;
    await until(() => field.getAttribute(MARKER) === 'grant.niss');
    await until(() => messages.length === 2);
    expect(messages[1]).toMatchObject({ steps: ['grant.niss'], settle: true, facts: [] });
    expect(field.value).toBe('');
    settle();
    await until(() => field.value !== '');
    expect(field.value.replace(/\D/g, '')).toBe(FIRST.niss);
  });

  it('fills and ticks nothing and points at nothing while the background says the profile cannot be read', async () => {
    const boxes = RIGHT_IDS.map((r) => `<input type="checkbox" data-right="${r}">`).join('');
    page('grant.niss', `<input id="n" data-t="grant.niss">${boxes}`);
    const { port, calls, teach } = fakeBackground(team, 'card_profileUnreadable');
    guide = startGuide(window, fakeEngine, port, teach);
    await until(() => cardText().includes('card_profileUnreadable'));
    expect((document.getElementById('n') as HTMLInputElement).value).toBe('');
    expect(document.querySelectorAll(`[${MARKER}]`)).toHaveLength(0);
    expect(calls.filter((c) => c[0] === 'markAnalyst')).toEqual([]);
    guide.stop();

    page('grant.rights', boxes);
    guide = startGuide(window, fakeEngine, port, teach);
    await until(() => cardText().includes('card_profileUnreadable'));
    expect(document.querySelectorAll('input:checked')).toHaveLength(0);
  });

  it('never fills a password field, nor a field the person already typed another number in', async () => {
    page('grant.niss', '<input type="password" id="n" data-t="grant.niss">');
    const { port, calls, teach } = fakeBackground(team);
    const read = vi.spyOn(HTMLInputElement.prototype, 'value', 'get');
    guide = startGuide(window, fakeEngine, port, teach);
    await until(() => cardText().includes('hint_nissByHand'));
    expect(read).not.toHaveBeenCalled();
    read.mockRestore();
    expect((document.getElementById('n') as HTMLInputElement).value).toBe('');
    guide.stop();

    page('grant.niss', '<input id="m" data-t="grant.niss" value="82083026729">');
    guide = startGuide(window, fakeEngine, port, teach);
    await until(() => cardText().includes('hint_nissOccupied'));
    expect((document.getElementById('m') as HTMLInputElement).value).toBe('82083026729');
    expect(calls.filter((c) => c[0] === 'markAnalyst')).toEqual([]);
  });

  it('ticks exactly the profile rights, leaves other boxes, flags a wrong right and unticks it in one click', async () => {
    const boxes = RIGHT_IDS.map((r) => `<label><input type="checkbox" data-right="${r}">${r}</label>`).join(
      '',
    );
    page(
      'grant.rights',
      `<form>${boxes}<label><input type="checkbox" id="dmfa" data-wrong checked>Déclaration DmfA</label>` +
        '<label><input type="checkbox" id="ebox">e-Box</label><button data-t="grant.rights" type="submit">Enregistrer</button></form>',
    );
    const saved = vi.fn((event: Event) => event.preventDefault());
    document.querySelector('form')?.addEventListener('submit', saved);
    document.querySelector('button')?.addEventListener('click', saved);
    const { port, teach } = fakeBackground(team);
    guide = startGuide(window, fakeEngine, port, teach);
    await until(() => cardText().includes('hint_rightsTicked'));
    for (const right of RIGHT_IDS)
      expect((document.querySelector(`[data-right="${right}"]`) as HTMLInputElement).checked).toBe(true);
    expect((document.getElementById('ebox') as HTMLInputElement).checked).toBe(false);
    // Each right ticked is quoted as its box's label on the page (here the right's id), not the catalogue's name.
    for (const right of RIGHT_IDS) expect(cardText()).toContain(`card_quote[${right}|]`);
    expect(cardText()).not.toContain('hint_right_');
    expect(cardText()).toContain('hint_wrongTicked[Déclaration DmfA|');
    expect(cardText()).toContain('hint_reasonDmfa');
    cardButton('untick-0')?.click();
    expect((document.getElementById('dmfa') as HTMLInputElement).checked).toBe(false);
    await until(() => !cardText().includes('hint_wrongTicked'));
    expect(saved).not.toHaveBeenCalled();

    // A right the client unticks after us stays unticked.
    (document.querySelector('[data-right="ecaro"]') as HTMLInputElement).click();
    document.body.append(document.createElement('p'));
    await until(() => !cardText().includes('card_quote[hint_right_ecaro'));
    expect((document.querySelector('[data-right="ecaro"]') as HTMLInputElement).checked).toBe(false);

    cardButton('undo-rights')?.click();
    for (const right of RIGHT_IDS)
      expect((document.querySelector(`[data-right="${right}"]`) as HTMLInputElement).checked).toBe(false);
  });

  it('points at « Enregistrer » once exactly the right boxes are ticked, and not before', async () => {
    const boxes = RIGHT_IDS.map((r) => `<label><input type="checkbox" data-right="${r}">${r}</label>`).join(
      '',
    );
    page(
      'grant.rights',
      `<div data-t="grant.rights">${boxes}<label><input type="checkbox" data-wrong checked>Déclaration DmfA</label></div>` +
        '<button data-t="grant.save">Enregistrer</button>',
    );
    document.body.dataset.steps = 'grant.rights,grant.save';
    const { port, teach } = fakeBackground(team);
    guide = startGuide(window, fakeEngine, port, teach);
    await until(() => cardText().includes('hint_wrongTicked'));
    // A look-alike right ticked comes first: the guide points at its box, flagged, not onward.
    expect(document.querySelector('[data-wrong]')?.getAttribute(MARKER)).toBe('grant.rights');
    expect(document.querySelector('[data-wrong]')?.getAttribute(FLAG)).toBe('wrong-right');
    expect(document.querySelector('[data-t="grant.rights"]')?.hasAttribute(MARKER)).toBe(false);
    cardButton('untick-0')?.click();
    await until(() => document.querySelector('[data-t="grant.save"]')?.getAttribute(MARKER) === 'grant.save');
    expect(document.querySelectorAll(`[${MARKER}]`)).toHaveLength(1);
  });

  it('sees a look-alike right ticked and unticked by hand: flag and target follow, with no page mutation', async () => {
    const boxes = RIGHT_IDS.map((r) => `<label><input type="checkbox" data-right="${r}">${r}</label>`).join(
      '',
    );
    page(
      'grant.rights',
      `<div data-t="grant.rights">${boxes}<label><input type="checkbox" id="dmfa" data-wrong>Déclaration DmfA</label></div>` +
        '<button data-t="grant.save">Enregistrer</button>',
    );
    document.body.dataset.steps = 'grant.rights,grant.save';
    const { port, teach } = fakeBackground(team);
    guide = startGuide(window, fakeEngine, port, teach);
    await until(() => document.querySelector('[data-t="grant.save"]')?.getAttribute(MARKER) === 'grant.save');
    const dmfa = document.getElementById('dmfa') as HTMLInputElement;
    // A click changes the checked property only (no attribute, no mutation): the change event is what is seen.
    dmfa.click();
    await until(() => dmfa.getAttribute(FLAG) === 'wrong-right');
    expect(dmfa.getAttribute(MARKER)).toBe('grant.rights');
    expect(document.querySelector('[data-t="grant.save"]')?.hasAttribute(MARKER)).toBe(false);
    expect(cardText()).toContain('hint_wrongTicked[Déclaration DmfA|');
    dmfa.click();
    await until(() => !dmfa.hasAttribute(FLAG));
    await until(() => document.querySelector('[data-t="grant.save"]')?.getAttribute(MARKER) === 'grant.save');
    expect(document.querySelectorAll(`[${FLAG}]`)).toHaveLength(0);
    expect(cardText()).not.toContain('hint_wrongTicked');
  });

  it('flags a right the confirmation page lists outside the profile, and one it leaves out, before « Confirmer »', async () => {
    const [first, second, third] = RIGHT_IDS;
    const items = (rights: string[]) => rights.map((r) => `<li data-listed="${r}">${r}</li>`).join('');
    page(
      'grant.confirm',
      `<ul>${items([first, second, third, 'dmfa-declaration'])}</ul><button data-t="grant.confirm">Confirmer</button>`,
    );
    const { port, teach } = fakeBackground(team);
    guide = startGuide(window, fakeEngine, port, teach);
    await until(() => cardText().includes('hint_confirmFix'));
    expect(document.querySelector('[data-listed="dmfa-declaration"]')?.getAttribute(FLAG)).toBe(
      'wrong-right',
    );
    expect(document.querySelectorAll(`[${FLAG}]`)).toHaveLength(1);
    expect(cardText()).toContain('hint_confirmWrong[dmfa-declaration');
    expect(cardText()).toContain('hint_confirmMissing[« hint_right_ecaro');
    // Never pointing at « Confirmer » while the list is wrong.
    expect(document.querySelector(`[${MARKER}]`)).toBeNull();

    page(
      'grant.confirm',
      `<ul>${items([...RIGHT_IDS])}</ul><button data-t="grant.confirm">Confirmer</button>`,
    );
    await until(
      () => document.querySelector('[data-t="grant.confirm"]')?.getAttribute(MARKER) === 'grant.confirm',
    );
    expect(document.querySelectorAll(`[${FLAG}]`)).toHaveLength(0);
    expect(cardText()).not.toContain('hint_confirm');
  });

  it('once every right is ticked, points at the save button and quotes it as the page shows it', async () => {
    const boxes = RIGHT_IDS.map((r) => `<label><input type="checkbox" data-right="${r}">${r}</label>`).join(
      '',
    );
    page('grant.rights', `<form>${boxes}<button data-t="grant.save">Sauvegarder les droits</button></form>`);
    document.body.dataset.steps = 'grant.rights,grant.save';
    const { port, teach } = fakeBackground(team);
    guide = startGuide(window, fakeEngine, port, teach);
    await until(() => document.querySelector('[data-t="grant.save"]')?.getAttribute(MARKER) === 'grant.save');
    expect(cardText()).toMatch(/hint_rightsTicked\[.*\|Sauvegarder les droits\]/);
    expect(cardText()).not.toContain('hint_name_grantSave');
    delete document.body.dataset.steps;
  });

  it('says which rights it could not find', async () => {
    page(
      'grant.rights',
      '<input type="checkbox" data-right="ecaro"><button data-t="grant.rights">Enregistrer</button>',
    );
    const { port, teach } = fakeBackground(team);
    guide = startGuide(window, fakeEngine, port, teach);
    await until(() => cardText().includes('hint_rightsByHand'));
    // « Enregistrer » is not the target (a right is still to tick): the catalogue's name for it.
    expect(cardText()).toContain(
      'hint_rightsTicked[card_quote[hint_right_ecaro[|]|]|hint_name_grantSave[|]]',
    );
    expect(cardText()).toContain(
      'hint_rightsByHand[card_quote[hint_right_consultationFactures[|]|], card_quote[hint_right_dmfaModification[|]|], card_quote[hint_right_dimonaDeclaration[|]|]|]',
    );
  });

  it('moves progress on when the analyst appears among the users, and counts one already listed as done', async () => {
    team[0] = { ...FIRST, status: 'in-progress' };
    page(
      'grant.done',
      `<ul><li data-listed="${FIRST.niss}">Analyste principal</li><li data-listed="${SECOND.niss}">Analyste back-up</li></ul><a data-t="grant.done" href="#">Retour</a>`,
    );
    const { port, calls, teach } = fakeBackground(team);
    guide = startGuide(window, fakeEngine, port, teach);
    await until(() => calls.filter((c) => c[0] === 'markAnalyst').length === 2);
    expect(calls).toContainEqual(['markAnalyst', COMPANY.enterpriseNumber, FIRST.niss, 'granted']);
    expect(calls).toContainEqual(['markAnalyst', COMPANY.enterpriseNumber, SECOND.niss, 'already-user']);
    await until(() => cardText().includes('hint_companyComplete'));
    expect(cardText()).toContain('hint_granted[Analyste principal|');
    expect(cardText()).toContain('hint_alreadyUser[Analyste back-up|');
  });

  it('explains the legal-representative refusal with a link to the KBO search for the number typed', async () => {
    page(
      'register.not-legal-representative',
      '<p data-error="not-legal-representative" data-shown="0403199702">Vous n’êtes pas le représentant légal de l’entreprise BE 0403.199.702.</p>',
    );
    delete document.body.dataset.company;
    const { port, calls, teach } = fakeBackground(team);
    guide = startGuide(window, fakeEngine, port, teach);
    await until(() => cardText().includes('hint_notLegalRep'));
    expect(calls).toContainEqual(['registration', '0403199702', 'not-legal-representative']);
    const host = overlayHostOf(document) as Element;
    const link = openCards.get(host)?.querySelector('a') as HTMLAnchorElement;
    expect(link.href).toBe(
      'https://kbopub.economie.fgov.be/kbopub/zoeknummerform.html?nummer=0403199702&actionLu=Zoek',
    );
  });

  it('hides on Esc, but not while the person types in a field', async () => {
    page('grant.add-user', '<input id="q"><a href="#" data-t="grant.add-user">Ajouter</a>');
    const { port, teach } = fakeBackground(team);
    guide = startGuide(window, fakeEngine, port, teach);
    await until(() => cardText().includes('hint_grantAddUser'));
    const typing = new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true });
    document.getElementById('q')?.dispatchEvent(typing);
    expect(typing.defaultPrevented).toBe(false);
    expect(document.querySelector(`[${MARKER}]`)).not.toBeNull();
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(document.querySelector(`[${MARKER}]`)).toBeNull();
  });

  // Teach mode takes the person's own (trusted) clicks only; jsdom makes none: the learning itself is checked in
  // real browsers (tests/e2e/teach.e2e.ts). Here: a click the page's script makes teaches nothing.
  it("learns nothing from the page's synthetic click, and stays in teach mode", async () => {
    page('grant.add-user', '<a href="#x" id="real" data-taught="grant.add-user">Nouvel utilisateur</a>');
    const { port, calls, teach } = fakeBackground(team);
    guide = startGuide(window, fakeEngine, port, teach);
    await until(() => cardButton('teach'));
    cardButton('teach')?.click();
    await until(() => cardText().includes('card_teachTitle'));
    const real = document.getElementById('real') as HTMLElement;
    real.click();
    real.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, composed: true }));
    await new Promise<void>((r) => requestAnimationFrame(() => r()));
    expect(calls.filter((c) => c[0] === 'learn')).toEqual([]);
    expect(cardText()).toContain('card_teachTitle');
  });

  it('recognises the page afresh after teach mode when it changed meanwhile', async () => {
    page('grant.add-user', '<a href="#x" id="real" data-taught="grant.add-user">Nouvel utilisateur</a>');
    const { port, teach } = fakeBackground(team);
    guide = startGuide(window, fakeEngine, port, teach);
    await until(() => cardButton('teach'));
    cardButton('teach')?.click();
    await until(() => cardText().includes('card_teachTitle'));
    // The page moves on while the guide is held (the person followed a link rather than pick an element).
    page('grant.niss', '<label>NISS <input data-t="grant.niss"></label>');
    await new Promise<void>((r) => requestAnimationFrame(() => r()));
    cardButton('teach-cancel')?.click();
    await until(() => document.querySelector(`[${MARKER}="grant.niss"]`));
  });

  it('reports an anonymised outline of the page to copy or e-mail', async () => {
    page('grant.niss', '<h1>Société 0403.199.702</h1><label>NISS <input id="n" value="85073003328"></label>');
    const { port, teach } = fakeBackground(team);
    guide = startGuide(window, fakeEngine, port, teach);
    await until(() => cardButton('report'));
    cardButton('report')?.click();
    await until(() => cardText().includes('card_reportTitle'));
    const host = overlayHostOf(document) as Element;
    const block = openCards.get(host)?.querySelector('textarea')?.value ?? '';
    expect(block).toContain('step: grant.niss');
    expect(block).toMatch(/h1 "[^"\n]*####\.###\.###"/);
    expect(block).toMatch(/candidate 0\.30 "[^"\n]*#### ## ## ##"/);
    expect(block).not.toMatch(/"[^"\n]*\d[^"\n]*"/);
    const mail = openCards.get(host)?.querySelector('a')?.getAttribute('href') ?? '';
    expect(mail.startsWith(`mailto:${DEFAULT_PROFILE.firmEmail}?subject=`)).toBe(true);
  });

  it('skips an analyst on request: the next one is proposed', async () => {
    page('grant.add-user', '<a href="#" data-t="grant.add-user">Ajouter</a>');
    const { port, calls, teach } = fakeBackground(team);
    guide = startGuide(window, fakeEngine, port, teach);
    await until(() => cardButton('skip'));
    cardButton('skip')?.click();
    await until(() => calls.some((c) => c[0] === 'markAnalyst'));
    expect(calls).toContainEqual(['markAnalyst', COMPANY.enterpriseNumber, FIRST.niss, 'problem', 'skipped']);
  });
});

// What one page view costs (issue 12): from load to "target marked", at most two content↔background messages (the
// observation, and the observation of the facts the page shows), and one recognition pass per page change.
describe('the cost of a page view', () => {
  let guide: Guide | null = null;
  afterEach(() => {
    guide?.stop();
    guide = null;
    overlayHostOf(document)?.remove();
    document.body.removeAttribute('data-step');
  });
  /** A few frames more: whatever the guide would still send has been sent. */
  const quiet = () => new Promise((resolve) => setTimeout(resolve, 150));

  it('a page with progress facts: two messages to the mark, one recognition; one more of each per change', async () => {
    const team: AnalystState[] = [
      { ...FIRST, status: 'in-progress' },
      { ...SECOND, status: 'pending' },
    ];
    page(
      'grant.done',
      `<ul><li data-listed="${FIRST.niss}">Analyste principal</li></ul><a data-t="grant.done" href="#">Retour</a>`,
    );
    const { port, messages, calls, teach } = fakeBackground(team);
    const recognize = vi.spyOn(fakeEngine, 'recognize');
    guide = startGuide(window, fakeEngine, port, teach);
    await until(() => document.querySelector(`[${MARKER}]`) && cardText().includes('hint_granted'));
    await quiet();
    expect(messages).toHaveLength(2);
    expect(calls).toContainEqual(['markAnalyst', COMPANY.enterpriseNumber, FIRST.niss, 'granted']);
    expect(recognize).toHaveBeenCalledTimes(1);

    page('grant.add-user', '<a href="#add" data-t="grant.add-user">Ajouter un utilisateur</a>');
    await until(() => document.querySelector('[data-t="grant.add-user"]')?.getAttribute(MARKER));
    await quiet();
    expect(messages).toHaveLength(3);
    expect(recognize).toHaveBeenCalledTimes(2);
    recognize.mockRestore();
  });

  it('the gate and the guide (real engine) read the page once between them to the mark; once more per change', async () => {
    const html = renderScreen('am-users', { lang: 'fr', wording: 'new', markup: 'clean', timing: 'normal' });
    document.body.innerHTML = new DOMParser().parseFromString(html, 'text/html').body.innerHTML;
    const walks = vi.mocked(readElements);
    walks.mockClear();
    const { port, messages, teach } = fakeBackground([{ ...FIRST, status: 'pending' }]);
    // gate.js, then guide.js as boot.ts starts it once the background has injected it.
    watchGate(window, {
      read: readGate,
      unknownPage: async () => {},
      openGuide: async () => {
        guide = startGuide(window, engine(document, takeOver(document)), port, teach);
      },
    });
    await until(() => document.querySelector(`[${MARKER}="grant.add-user"]`));
    await quiet();
    // The users page shows the company registered: a fact the second message carries.
    expect(messages).toHaveLength(2);
    expect(walks).toHaveBeenCalledTimes(1);

    document.querySelector('main')?.append(document.createElement('p'));
    await until(() => walks.mock.calls.length > 1);
    await quiet();
    expect(walks).toHaveBeenCalledTimes(2);
    expect(messages).toHaveLength(2);
    expect(document.querySelector(`[${MARKER}]`)?.getAttribute(MARKER)).toBe('grant.add-user');
  });

  it('a logged-in page of a company known registered: one message to the mark, nothing to report', async () => {
    const html = renderScreen('am-users', { lang: 'fr', wording: 'new', markup: 'clean', timing: 'normal' });
    document.body.innerHTML = new DOMParser().parseFromString(html, 'text/html').body.innerHTML;
    const { port, messages, calls, teach } = fakeBackground([{ ...FIRST, status: 'pending' }], null, 'done');
    guide = startGuide(window, engine(document), port, teach);
    await until(() => document.querySelector(`[${MARKER}="grant.add-user"]`));
    await quiet();
    expect(messages).toHaveLength(1);
    expect(calls.filter(([name]) => name === 'registration')).toEqual([]);
  });

  it('a page that changes between the gate and the guide: the guide reads it afresh', async () => {
    const screen = (id: 'am-users' | 'am-niss') =>
      new DOMParser().parseFromString(
        renderScreen(id, { lang: 'fr', wording: 'new', markup: 'clean', timing: 'normal' }),
        'text/html',
      ).body.innerHTML;
    document.body.innerHTML = screen('am-users');
    const walks = vi.mocked(readElements);
    walks.mockClear();
    const { port, teach } = fakeBackground([{ ...FIRST, status: 'pending' }]);
    let load = () => {};
    watchGate(window, {
      read: readGate,
      unknownPage: async () => {},
      // The background's injection takes a while: the page moves on meanwhile.
      openGuide: async () => {
        load = () => {
          guide = startGuide(window, engine(document, takeOver(document)), port, teach);
        };
      },
    });
    document.body.innerHTML = screen('am-niss');
    load();
    await until(() => document.querySelector(`[${MARKER}="grant.niss"]`));
    expect(walks).toHaveBeenCalledTimes(2);
  });

  it('the NISS page: marked and filled after one message; the fill is recorded in-progress by a second', async () => {
    const team: AnalystState[] = [{ ...FIRST, status: 'pending' }];
    page('grant.niss', '<input id="n" data-t="grant.niss">');
    const { port, messages, calls, teach } = fakeBackground(team);
    const recognize = vi.spyOn(fakeEngine, 'recognize');
    guide = startGuide(window, fakeEngine, port, teach);
    await until(() => cardText().includes('hint_nissFilled'));
    await quiet();
    expect(document.getElementById('n')?.getAttribute(MARKER)).toBe('grant.niss');
    expect(messages).toHaveLength(2);
    expect(calls).toContainEqual(['markAnalyst', COMPANY.enterpriseNumber, FIRST.niss, 'in-progress']);
    // The fill's own input events ask for a pass, but not for a new reading of the page.
    expect(recognize).toHaveBeenCalledTimes(1);
    recognize.mockRestore();
  });
});
