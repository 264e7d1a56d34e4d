// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { renderScreen } from '../../../replica/render/index.ts';
import type { Variant } from '../../../replica/render/types.ts';
import { type GatePort, watchGate } from '../../../src/content/gate-watch.ts';
import { type GateReading, readGate } from '../../../src/engine/gate.ts';
import type { PageReading } from '../../../src/engine/page-reading.ts';
import { manualFrames, mutationsDelivered } from './support/frames.ts';

// Stage one of the content script: reads the page with the gate once, then only when the page changes (one
// reading per frame at most), reports an unknown page once, and asks for the guide once, when the gate opens.

function recordingPort(read: (reading: PageReading, url: string) => GateReading) {
  const calls = { reads: 0, unknown: [] as GateReading[], opened: 0 };
  const port: GatePort = {
    read: (reading, url) => {
      calls.reads++;
      return read(reading, url);
    },
    unknownPage: async (reading) => void calls.unknown.push(reading),
    openGuide: async () => void calls.opened++,
  };
  return { port, calls };
}

const CLOSED: GateReading = { open: false, lang: 'fr', company: null };
const OPEN: GateReading = { open: true, lang: 'fr', company: null };
const FR: Variant = { lang: 'fr', wording: 'new', markup: 'clean', timing: 'normal' };

/** The body of a replica screen, as a single-page application would swap it in. */
function bodyOf(html: string): string {
  return new DOMParser().parseFromString(html, 'text/html').body.innerHTML;
}

describe('watchGate', () => {
  let frames: ReturnType<typeof manualFrames>;
  beforeEach(() => {
    // The jsdom page's address is the employer page's, whose URL hint alone could open the gate: another page.
    history.replaceState(null, '', '/site_fr/general/sitemap.htm');
    document.title = '';
    document.body.innerHTML = '<main><h1>Plan du site</h1><p>Glossaire, aide, accessibilité.</p></main>';
    frames = manualFrames();
  });

  it('on a static page where no step can be recognised: one reading, one report, then nothing, scrolled or not', async () => {
    const { port, calls } = recordingPort(() => CLOSED);
    const watch = watchGate(window, port, frames.frame);
    await mutationsDelivered();
    expect(calls).toEqual({ reads: 1, unknown: [CLOSED], opened: 0 });
    expect(frames.requested).toBe(0);
    // Nothing of this stage is placed on the page: scrolling and resizing are not even listened to.
    window.dispatchEvent(new Event('scroll'));
    window.dispatchEvent(new Event('resize'));
    expect(frames.requested).toBe(0);
    watch.stop();
  });

  it('asks for the guide at once where a step could be recognised, and then stops watching', async () => {
    const { port, calls } = recordingPort(() => OPEN);
    watchGate(window, port, frames.frame);
    expect(calls).toEqual({ reads: 1, unknown: [], opened: 1 });
    document.querySelector('main')?.append(document.createElement('p'));
    await mutationsDelivered();
    expect(frames.requested).toBe(0);
  });

  it('re-reads a page that changes, once per frame, and opens when the content of a step arrives (real gate)', async () => {
    const { port, calls } = recordingPort(readGate);
    watchGate(window, port, frames.frame);
    expect(calls.reads).toBe(1);
    expect(calls.unknown).toHaveLength(1);
    expect(calls.opened).toBe(0);
    // Unrelated late content: read again in the next frame, still closed, not reported twice.
    for (let i = 0; i < 5; i++) document.querySelector('main')?.append(document.createElement('p'));
    await mutationsDelivered();
    expect(frames.requested).toBe(1);
    frames.run();
    expect(calls).toMatchObject({ reads: 2, opened: 0 });
    expect(calls.unknown).toHaveLength(1);
    // A single-page application shows the registration form.
    document.body.innerHTML = bodyOf(renderScreen('register-number', FR));
    await mutationsDelivered();
    frames.run();
    expect(calls).toMatchObject({ reads: 3, opened: 1 });
    document.body.append(document.createElement('div'));
    await mutationsDelivered();
    expect(frames.requested).toBe(0);
  });
});
