// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MARKER } from '../../../src/content/marker.ts';
import { createScheduler, type Scheduler } from '../../../src/content/scheduler.ts';
import { manualFrames, mutationsDelivered } from './support/frames.ts';

describe('scheduler', () => {
  let frames: ReturnType<typeof manualFrames>;
  let scheduler: Scheduler;
  let changes: number;
  let viewports: number;
  let own: HTMLElement;
  let lastPageChanged: boolean | null;

  beforeEach(() => {
    document.body.innerHTML = '<main><p id="p">text</p><button id="b">Suivant</button></main>';
    own = document.createElement('onss-access-guide');
    frames = manualFrames();
    changes = 0;
    viewports = 0;
    lastPageChanged = null;
    scheduler = createScheduler(window, {
      isOwn: (node) => node === own,
      onChange: (pageChanged) => {
        changes++;
        lastPageChanged = pageChanged;
      },
      onViewport: () => viewports++,
      frame: frames.frame,
    });
    scheduler.observe(document);
  });
  afterEach(() => scheduler.stop());

  it('asks for nothing on a static page', async () => {
    await mutationsDelivered();
    expect(frames.requested).toBe(0);
    expect(changes + viewports).toBe(0);
  });

  it('batches many page changes into one pass in the next frame', async () => {
    for (let i = 0; i < 50; i++) document.querySelector('main')?.append(document.createElement('div'));
    document.getElementById('p')?.setAttribute('class', 'x');
    (document.getElementById('p')?.firstChild as Text).data = 'changed';
    await mutationsDelivered();
    expect(frames.requested).toBe(1);
    frames.run();
    expect(changes).toBe(1);
    expect(lastPageChanged).toBe(true);
  });

  it('tells a change asked by the guide itself from a change of the page', async () => {
    scheduler.requestChange();
    frames.run();
    expect([changes, lastPageChanged]).toEqual([1, false]);
    document.body.append(document.createElement('div'));
    scheduler.requestChange();
    await mutationsDelivered();
    frames.run();
    expect([changes, lastPageChanged]).toEqual([2, true]);
  });

  it('ignores the overlay being added, restyled and the marker attribute', async () => {
    document.documentElement.append(own);
    own.setAttribute('style', 'display:block');
    document.getElementById('b')?.setAttribute(MARKER, 'grant.niss');
    await mutationsDelivered();
    expect(frames.requested).toBe(0);
  });

  it('treats the page removing the overlay as a change (so the next pass puts it back)', async () => {
    document.documentElement.append(own);
    await mutationsDelivered();
    own.remove();
    await mutationsDelivered();
    frames.run();
    expect(changes).toBe(1);
  });

  it('turns scroll and resize into a reposition, and a change wins over a reposition in the same frame', async () => {
    window.dispatchEvent(new Event('scroll'));
    window.dispatchEvent(new Event('resize'));
    frames.run();
    expect([changes, viewports]).toEqual([0, 1]);
    document.body.append(document.createElement('div'));
    window.dispatchEvent(new Event('scroll'));
    await mutationsDelivered();
    frames.run();
    expect([changes, viewports]).toEqual([1, 1]);
  });

  it('sees changes inside an open shadow root once it is observed', async () => {
    const host = document.createElement('div');
    document.body.append(host);
    const shadow = host.attachShadow({ mode: 'open' });
    await mutationsDelivered();
    frames.run();
    changes = 0;
    scheduler.observe(shadow);
    shadow.append(document.createElement('button'));
    await mutationsDelivered();
    frames.run();
    expect(changes).toBe(1);
  });

  it('does nothing once stopped', async () => {
    scheduler.stop();
    document.body.append(document.createElement('div'));
    window.dispatchEvent(new Event('scroll'));
    await mutationsDelivered();
    frames.run();
    expect(changes + viewports).toBe(0);
  });
});
