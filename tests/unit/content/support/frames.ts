/** A frame queue the test runs by hand, so that "one piece of work per frame" can be counted exactly. */
export function manualFrames() {
  const queue: (() => void)[] = [];
  return {
    frame: (callback: () => void) => void queue.push(callback),
    get requested() {
      return queue.length;
    },
    run() {
      for (const callback of queue.splice(0)) callback();
    },
  };
}

/** jsdom delivers MutationObserver records in a microtask: a macrotask later they have all arrived. */
export const mutationsDelivered = () => new Promise((resolve) => setTimeout(resolve, 0));
