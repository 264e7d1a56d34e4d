import type { BackgroundPort, GuideContext, PageFact, Recognition } from './port.ts';

// The one message of an observation: the recognised page's steps, language and company, with the facts it shows;
// the background's reply is the page's new context. A reply is taken only while it is the latest asked for and the
// page is still the one it was asked about. refresh() observes the same page again (new facts, a learned
// correction) without recognising it again. An unsettled context (the firm's managed settings not read yet) is shown
// at once, and the same page observed again, asking the background to settle.

export interface Observer {
  observe(recognition: Recognition, steps: string[], facts?: PageFact[]): void;
  refresh(facts?: PageFact[]): void;
}

export function createObservation(
  background: BackgroundPort,
  page: { key(): string; onContext(context: GuideContext): void },
  warn: (error: unknown) => void,
): Observer {
  let asking = 0;
  /** The last recognised page observed (what refresh observes again). */
  let observed: { recognition: Recognition; steps: string[] } | null = null;

  function observe(recognition: Recognition, steps: string[], facts: PageFact[] = [], settle = false) {
    const turn = ++asking;
    const key = page.key();
    observed = { recognition, steps };
    background
      .observe({
        steps,
        lang: recognition.lang,
        ...(recognition.company ? { company: recognition.company } : {}),
        facts,
        ...(settle ? { settle } : {}),
      })
      .then((context) => {
        if (turn !== asking || page.key() !== key) return;
        page.onContext(context);
        if (!context.settled && !settle) observe(recognition, steps, [], true);
      })
      .catch(warn);
  }

  return {
    observe,
    refresh(facts = []) {
      if (observed) observe(observed.recognition, observed.steps, facts);
    },
  };
}
