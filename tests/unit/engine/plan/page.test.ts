import { describe, expect, it } from 'vitest';
import { type PageView, planPage } from '../../../../src/engine/plan/page.ts';
import type { AnalystState, GuideContext } from '../../../../src/shared/messages.ts';
import { DEFAULT_PROFILE, type RightId } from '../../../../src/shared/profile.ts';

// The page planner with plain objects: handles are strings, strings are their own keys (so a test reads which
// sentence the card says), no DOM.

const [FIRST, SECOND] = DEFAULT_PROFILE.analysts;
if (!FIRST || !SECOND) throw new Error('the default profile has two analysts');
const ACME = { enterpriseNumber: '0403199702', name: 'ACME SA' };
const KEYS = [
  'hint_grantRights',
  'hint_grantSave',
  'hint_grantAddUser',
  'hint_notFound',
  'hint_confirmFix',
  'hint_confirmWrong',
  'hint_confirmMissing',
  'hint_reasonDmfa',
  'hint_alreadyExists',
  'hint_granted',
  'hint_notLegalRep',
  'hint_kboFunctions',
  'hint_registerNotLegalRepresentative',
  'step_grantAddUser',
  'hint_name_grantAddUser',
  'hint_registerContact',
  'hint_registerContactConfirm',
  'hint_name_registerContactConfirm',
  'hint_connectMethod',
  'hint_connectMethodChosen',
  'hint_name_connectMethodChosen',
  'hint_connectAllServices',
  'hint_connectPickCompanyChange',
  'hint_name_connectPickCompanyChange',
  'step_connectPickCompanyChange',
  'hint_qualityUser',
  'hint_loading',
  'hint_firstVisit',
  'hint_connectStart',
];
const strings = Object.fromEntries(KEYS.map((key) => [key, `${key}($1)`]));
/** Found, with no caption of its own to quote (the procedure's name is quoted). */
const FOUND = { caption: null };
const NO_OUTCOME = { listedNiss: [], errors: [], quality: null, shown: null, message: '' };

function context(stepId: string, team: AnalystState['status'][] = ['pending', 'pending']): GuideContext {
  const members = [FIRST, SECOND].map((a, i) => ({ ...a, status: team[i] ?? 'pending' })) as AnalystState[];
  return {
    stepId,
    company: ACME,
    analyst: members.find((a) => a.status !== 'granted' && a.status !== 'already-user') ?? null,
    team: members,
    profile: DEFAULT_PROFILE,
    done: members.filter((a) => a.status === 'granted' || a.status === 'already-user').length,
    total: members.length,
    strings,
    learned: [],
    halt: null,
    registered: true,
    registration: 'unknown',
    settled: true,
  };
}

function view(stepId: string, more: Partial<PageView<string>> = {}): PageView<string> {
  return {
    steps: [stepId],
    context: context(stepId),
    action: 'point',
    outcome: NO_OUTCOME,
    header: null,
    onKbo: false,
    teaching: true,
    ...more,
  };
}

const rights = (checked: boolean, wrong: string[] = []) => ({
  boxes: DEFAULT_PROFILE.rights.map((right: RightId) => ({
    right,
    handle: `box:${right}`,
    checked,
    touched: false,
  })),
  missing: [],
  wrong,
});

describe('planPage', () => {
  it('points at the step the background chose, with its instruction, and what to look for when not found', () => {
    const plan = planPage(view('grant.add-user'));
    expect(plan.pointAt).toBe('grant.add-user');
    expect(plan.words(FOUND, false).title).toBe('hint_grantAddUser(hint_name_grantAddUser())');
    expect(plan.words(FOUND, false).lookFor).toBeNull();
    expect(plan.words(null, false)).toEqual({
      title: 'hint_notFound()',
      lookFor: 'step_grantAddUser()',
      buttons: ['done', 'skip', 'teach', 'report'],
    });
  });

  it('fills the next analyst NISS on a fill step, formatted as the portal shows it', () => {
    const plan = planPage(view('grant.niss', { action: 'fill-niss' }));
    expect(plan.fill).toMatchObject({ niss: FIRST.niss, name: FIRST.name, status: 'pending' });
    expect(plan.fill?.shown).toMatch(/^\d{2}\.\d{2}\.\d{2}-\d{3}\.\d{2}$/);
    expect(planPage(view('grant.add-user')).fill).toBeNull();
  });

  it('ticks every unticked wanted right, then points at « Enregistrer » when the page serves it', () => {
    const plan = planPage(
      view('grant.rights', {
        action: 'tick-rights',
        steps: ['grant.rights', 'grant.save'],
        rights: rights(false),
      }),
    );
    expect(plan.tick).toEqual(DEFAULT_PROFILE.rights);
    expect(plan.pointAt).toBe('grant.save');
    expect(plan.notes.map((n) => n.text)).toContain('hint_reasonDmfa()');
  });

  it('points at a ticked look-alike right first, and flags it', () => {
    const plan = planPage(
      view('grant.rights', {
        action: 'tick-rights',
        steps: ['grant.rights', 'grant.save'],
        rights: rights(true, ['wrong:dmfa']),
      }),
    );
    expect(plan.pointAt).toBeNull();
    expect(plan.pointHandle).toBe('wrong:dmfa');
    expect(plan.flag).toEqual([{ handle: 'wrong:dmfa', reason: 'wrong-right' }]);
  });

  it('blocks the confirmation page that lists a right outside the profile, and says which', () => {
    const plan = planPage(
      view('grant.confirm', {
        listed: [
          ...DEFAULT_PROFILE.rights.map((right) => ({ handle: `li:${right}`, text: right, right })),
          { handle: 'li:other', text: 'Autre droit', right: 'dmfa-declaration' },
        ],
      }),
    );
    expect(plan.pointAt).toBeNull();
    expect(plan.words(null, false).title).toBe('hint_confirmFix()');
    expect(plan.words(null, false).lookFor).toBeNull();
    expect(plan.flag).toEqual([{ handle: 'li:other', reason: 'wrong-right' }]);
    expect(plan.notes.map((n) => n.text)).toContain('hint_confirmWrong(Autre droit)');
  });

  it('records progress: an analyst listed while in progress is granted, one listed before was a user already', () => {
    const plan = planPage({
      ...view('grant.done'),
      context: context('grant.done', ['in-progress', 'pending']),
      outcome: { ...NO_OUTCOME, listedNiss: [FIRST.niss, SECOND.niss] },
    });
    expect(plan.facts).toEqual([
      {
        key: `${ACME.enterpriseNumber}|${FIRST.niss}|granted`,
        kind: 'analyst',
        company: ACME.enterpriseNumber,
        niss: FIRST.niss,
        status: 'granted',
      },
      {
        key: `${ACME.enterpriseNumber}|${SECOND.niss}|already-user`,
        kind: 'analyst',
        company: ACME.enterpriseNumber,
        niss: SECOND.niss,
        status: 'already-user',
      },
    ]);
  });

  it('records a registration refused for the enterprise number the page shows, and links to the KBO search', () => {
    const plan = planPage(
      view('register.not-legal-representative', {
        outcome: {
          ...NO_OUTCOME,
          errors: ['not-legal-representative'],
          shown: { enterpriseNumber: '0202239951', name: '' },
        },
      }),
    );
    expect(plan.facts).toContainEqual({
      key: '0202239951|not-legal-representative',
      kind: 'registration',
      seen: { registration: 'not-legal-representative', enterpriseNumber: '0202239951' },
    });
    // The popup's company is never the refused one: no number on the page, no registration fact.
    const silent = planPage(
      view('register.not-legal-representative', {
        outcome: { ...NO_OUTCOME, errors: ['not-legal-representative'] },
      }),
    );
    expect(silent.facts.filter((f) => f.kind === 'registration')).toEqual([]);
    expect(plan.notes.find((n) => n.text === 'hint_notLegalRep()')?.link?.href).toContain('0202239951');
    const kbo = planPage(view('register.not-legal-representative', { onKbo: true }));
    expect(kbo.words(FOUND, false).title).toBe('hint_kboFunctions()');
  });

  it("records the header's company as registered when the page shows the client logged in as its access manager", () => {
    const header = { enterpriseNumber: '0403170701', name: 'Boulangerie Dupont SRL' };
    const plan = planPage(view('home.services', { header, outcome: { ...NO_OUTCOME, quality: 'manager' } }));
    expect(plan.facts).toContainEqual({
      key: '0403170701|done',
      kind: 'registration',
      seen: { registration: 'done', ...header },
    });
  });

  it('reports nothing a logged-in page proves when the company is known registered already', () => {
    const header = { enterpriseNumber: ACME.enterpriseNumber, name: ACME.name };
    const manager = { ...NO_OUTCOME, quality: 'manager' as const };
    const known = { ...context('home.services'), registration: 'done' as const };
    expect(planPage(view('home.services', { header, outcome: manager, context: known })).facts).toEqual([]);
    // Not known done yet (or done for another company than the page's): reported, once per page.
    for (const ctx of [
      context('home.services'),
      { ...known, company: { ...ACME, enterpriseNumber: '0202239951' } },
    ])
      expect(planPage(view('home.services', { header, outcome: manager, context: ctx })).facts).toHaveLength(
        1,
      );
  });

  it('halted by the background (profile unreadable): says why, points at nothing, fills and ticks nothing', () => {
    const halt = 'card_profileUnreadable()';
    for (const [stepId, action] of [
      ['grant.niss', 'fill-niss'],
      ['grant.rights', 'tick-rights'],
      ['grant.add-user', 'point'],
    ] as const) {
      const plan = planPage({
        ...view(stepId, { action, ...(action === 'tick-rights' ? { rights: rights(false) } : {}) }),
        context: { ...context(stepId), halt },
      });
      expect(plan.notes[0]).toEqual({ tone: 'error', text: halt });
      expect(plan).toMatchObject({
        pointAt: null,
        pointHandle: null,
        fill: null,
        tick: [],
        flag: [],
      });
    }
  });

  it('unsettled (managed settings not read yet): points at the step, but fills, ticks and judges nothing', () => {
    for (const [stepId, action] of [
      ['grant.niss', 'fill-niss'],
      ['grant.rights', 'tick-rights'],
    ] as const) {
      const more = { action, ...(action === 'tick-rights' ? { rights: rights(false, ['box:wrong']) } : {}) };
      const plan = planPage({ ...view(stepId, more), context: { ...context(stepId), settled: false } });
      expect(plan).toMatchObject({ pointAt: stepId, pointHandle: null, fill: null, tick: [], flag: [] });
      // Settled, the same page is filled or ticked.
      const settled = planPage(view(stepId, more));
      expect(settled.fill !== null || settled.tick.length > 0, stepId).toBe(true);
    }
    const listed = [
      ...DEFAULT_PROFILE.rights.map((right) => ({ handle: `li:${right}`, text: right, right })),
      { handle: 'li:other', text: 'Autre droit', right: 'dmfa-declaration' as const },
    ];
    const confirm = planPage({
      ...view('grant.confirm', { listed }),
      context: { ...context('grant.confirm'), settled: false },
    });
    expect(confirm).toMatchObject({ pointAt: 'grant.confirm', flag: [] });
    expect(planPage(view('grant.confirm', { listed })).pointAt).toBeNull();
  });

  it('offers no skip off the grant steps and no teach or export without a teach port', () => {
    expect(planPage(view('connect.start', { teaching: false })).words(null, false).buttons).toEqual([
      'done',
      'report',
    ]);
  });

  it("quotes the caption as the page shows it, and the procedure's name when the page's is not known", () => {
    const plan = planPage(view('grant.add-user'));
    expect(plan.words({ caption: 'Nouvel utilisateur', target: 0 }, false).title).toBe(
      'hint_grantAddUser(Nouvel utilisateur)',
    );
    expect(plan.words({ caption: null, target: 0 }, false).title).toBe(
      'hint_grantAddUser(hint_name_grantAddUser())',
    );
  });

  it("says the situation of the step's later target: the contact confirmation page, the log-in once a key is chosen", () => {
    const contact = planPage(view('register.contact'));
    expect(contact.words({ caption: null, target: 0 }, false).title).toBe('hint_registerContact()');
    expect(contact.words({ caption: 'Je confirme', target: 1 }, false).title).toBe(
      'hint_registerContactConfirm(Je confirme)',
    );
    // A correction's element (no target index) keeps the step's own words.
    expect(contact.words({ caption: 'Je confirme' }, false).title).toMatch(/^hint_registerContact\(/);
    const method = planPage(view('connect.method'));
    expect(method.words({ caption: null, target: 0 }, false).title).toBe('hint_connectMethod()');
    expect(method.words({ caption: null, target: 1 }, false).title).toBe(
      'hint_connectMethodChosen(hint_name_connectMethodChosen())',
    );
  });

  it('waits while the page says it is loading: no « cannot find », nothing to look for, no teaching', () => {
    const plan = planPage(view('grant.add-user'));
    expect(plan.words(null, true)).toEqual({
      title: 'hint_loading()',
      lookFor: null,
      buttons: ['done', 'skip', 'report'],
    });
    // Found anyway: the instruction, loading or not.
    expect(plan.words(FOUND, true).title).toBe('hint_grantAddUser(hint_name_grantAddUser())');
  });

  it("points a « utilisateur » role at « Changer d'entreprise », not onward; on the company choice, at the company", () => {
    const header = { enterpriseNumber: ACME.enterpriseNumber, name: ACME.name };
    const user = { ...NO_OUTCOME, quality: 'user' as const };
    const plan = planPage(view('connect.all-services', { header, outcome: user }));
    expect(plan.pointAt).toBe('connect.pick-company:change');
    // The warning names the way back, not « reconnect ».
    expect(plan.notes.map((n) => n.text)).toContain('hint_qualityUser(hint_name_connectPickCompanyChange())');
    expect(plan.words({ caption: 'Andere onderneming kiezen' }, false).title).toBe(
      'hint_connectPickCompanyChange(Andere onderneming kiezen)',
    );
    const lost = plan.words(null, false);
    expect(lost.lookFor).toBe('step_connectPickCompanyChange()');
    // A learned correction is per step: no teaching for this link.
    expect(lost.buttons).not.toContain('teach');
    const manager = planPage(
      view('connect.all-services', { header, outcome: { ...user, quality: 'manager' } }),
    );
    expect(manager.pointAt).toBe('connect.all-services');
    const choice = planPage(view('connect.pick-company', { header, outcome: user }));
    expect(choice.pointAt).toBe('connect.pick-company');
  });

  it("tells a first-time client about « S'enregistrer » on the employer page, and no one else", () => {
    const steps = ['connect.start', 'register.start'];
    const first = planPage({
      ...view('connect.start', { steps }),
      context: { ...context('connect.start'), registered: false },
    });
    expect(first.notes).toContainEqual({ tone: 'info', text: 'hint_firstVisit()' });
    const known = planPage(view('connect.start', { steps }));
    expect(known.notes.map((n) => n.text)).not.toContain('hint_firstVisit()');
    const elsewhere = planPage({
      ...view('connect.start'),
      context: { ...context('connect.start'), registered: false },
    });
    expect(elsewhere.notes.map((n) => n.text)).not.toContain('hint_firstVisit()');
  });
});
