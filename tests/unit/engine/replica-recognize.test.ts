// @vitest-environment jsdom
import { describe, expect, test } from 'vitest';
import { recognizePage } from '../../../src/engine/recognize.ts';
import { allReplicaPages, label, type ReplicaPage } from './support/replica-pages.ts';

// Content first: the real URLs of logged-in screens are unknown, so an unseen URL, or the URL of another screen,
// must not change the answer.
const URLS = {
  own: (page: ReplicaPage) => page.url,
  unseen: () => 'https://www.socialsecurity.be/app999/xyz/page.do?id=42',
  misleading: () => 'https://www.socialsecurity.be/site_fr/employer/infos/index.htm',
};

describe('recognizePage on every replica screen and static variant', () => {
  const pages = [...allReplicaPages()];
  const cases = pages.flatMap((page) =>
    (Object.keys(URLS) as (keyof typeof URLS)[]).map((kind) => [label(page), kind, page] as const),
  );
  test.each(cases)('%s (%s URL)', (_name, kind, page) => {
    const recognition = recognizePage(page.doc, URLS[kind](page));
    const expected = page.screen.steps;
    if (expected.length === 0) {
      expect(recognition.stepId, JSON.stringify(recognition)).toBeNull();
    } else {
      const right = recognition.stepId !== null && expected.includes(recognition.stepId);
      expect(right, JSON.stringify(recognition)).toBe(true);
      expect(recognition.steps).toEqual(expect.arrayContaining([...expected]));
      expect(recognition.confidence).toBeGreaterThan(0);
    }
    expect(recognition.lang).toBe(page.variant.lang);
    if (page.screen.loggedIn) {
      expect(recognition.company).toEqual({ name: 'Boulangerie Dupont SRL', enterpriseNumber: '0403170701' });
    } else {
      expect(recognition.company).toBeUndefined();
    }
  });
});
