import { enterpriseCheckFeature } from './enterprise-check.ts';
import type { FeatureFactory } from './feature.ts';
import { fillNissFeature } from './fill-niss.ts';
import { progressFeature } from './progress.ts';
import { reportFeature } from './report.ts';
import { teachFeature } from './teach-mode.ts';
import { tickRightsFeature } from './tick-rights.ts';

// The guide's features, in the order each pass runs them (their notes show on the card in this order): adding a
// feature is adding its file (see feature.ts) and one line here.

export const FEATURES: readonly FeatureFactory[] = [
  progressFeature,
  tickRightsFeature,
  fillNissFeature,
  enterpriseCheckFeature,
  reportFeature,
  teachFeature,
];
