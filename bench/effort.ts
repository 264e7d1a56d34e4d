import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_PROFILE } from '../src/shared/profile.ts';
import { withChromiumPair } from './browser.ts';
import { GuideStuck, grantWithGuide } from './effort-guide.ts';
import { grantByHand } from './effort-hand.ts';
import { NotMeasured, round } from './figure.ts';
import { logIn } from './pages.ts';
import type { PlannedFigure, Section } from './section.ts';
import { measured } from './section.ts';

// Clicks + keystrokes to grant the default profile's two analysts on one company, with the guide / by hand.

const ANALYSTS = 2;

const planned: PlannedFigure[] = [
  {
    key: 'effort.ratio',
    unit: 'ratio',
    target: { op: '<=', value: 0.4 },
    method: `Clicks + keystrokes to grant ${ANALYSTS} analysts their ${DEFAULT_PROFILE.rights.length} rights on one company of the replica, from its logged-in home page, with the guide (Chromium with the extension: click what the guide marks, press the form's button after it fills or ticks, never type or tick) divided by the same by hand (Chromium without it: every navigation click, a click into the NISS field and each digit typed, each box ticked); save and confirm count both ways.`,
  },
  {
    key: 'effort.withGuideActions',
    unit: 'count',
    method: 'Clicks + keystrokes with the guide, from the same run.',
  },
  {
    key: 'effort.byHandActions',
    unit: 'count',
    method: 'Clicks + keystrokes by hand, from the same run.',
  },
];

export const effort: Section = {
  name: 'effort with / without the guide',
  planned,
  async measure(env) {
    // The guide (guide.js, injected where content.js's gate opens) is what marks targets.
    if (!readFileSync(join(env.dist, 'guide.js'), 'utf8').includes('data-onss-guide-target'))
      throw new NotMeasured('the guide does not mark targets yet (data-onss-guide-target)');
    return withChromiumPair(env, async ({ withExt, without: plain }) => {
      const handPage = await plain.context.newPage();
      await logIn(handPage);
      const hand = await grantByHand(handPage, DEFAULT_PROFILE, ANALYSTS);
      const guidePage = await withExt.context.newPage();
      await logIn(guidePage);
      const guided = await grantWithGuide(guidePage, DEFAULT_PROFILE).catch((error: unknown) => {
        if (error instanceof GuideStuck)
          throw new NotMeasured(`the guide did not go end to end: ${error.message}`);
        throw error;
      });
      const handTotal = hand.clicks + hand.keystrokes;
      const guidedTotal = guided.clicks + guided.keystrokes;
      return [
        measured(planned, 'effort.ratio', round(guidedTotal / handTotal, 3)),
        measured(planned, 'effort.withGuideActions', guidedTotal, {
          clicks: guided.clicks,
          keystrokes: guided.keystrokes,
          marked: guided.path.join(' > '),
        }),
        measured(planned, 'effort.byHandActions', handTotal, { ...hand }),
      ];
    });
  },
};
