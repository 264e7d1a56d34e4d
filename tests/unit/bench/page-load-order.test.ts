import { describe, expect, it } from 'vitest';
import { orderOf } from '../../../bench/page-load.ts';

// The page-load benchmark's order of browsers per iteration: a fixed cycle always put the same browser before the
// same next one, and the first one's lingering work (the peer's highlight) was charged to the second's load.

describe('the order of the browsers in each page-load iteration', () => {
  // The measured iterations (after the benchmark's 4 warm-up ones), in steps of 10 as it loads them.
  const ITERATIONS = 30;
  const orders = Array.from({ length: ITERATIONS }, (_, i) => orderOf(i + 4));
  const sides = [...(orders[0] ?? [])].sort();

  it('is every browser once, the same in every run', () => {
    expect(sides).toHaveLength(5);
    for (const [i, order] of orders.entries()) {
      expect([...order].sort()).toEqual(sides);
      expect(orderOf(i + 4)).toEqual(order);
    }
  });

  it('puts each browser first, last, and right after each other one equally often', () => {
    const first = new Map<string, number>();
    const last = new Map<string, number>();
    const after = new Map<string, number>();
    for (const order of orders) {
      first.set(order[0] as string, (first.get(order[0] as string) ?? 0) + 1);
      last.set(order[4] as string, (last.get(order[4] as string) ?? 0) + 1);
      for (let k = 1; k < order.length; k++) {
        const pair = `${order[k - 1]}>${order[k]}`;
        after.set(pair, (after.get(pair) ?? 0) + 1);
      }
    }
    // 30 / 5 = 6 firsts and lasts each; 30 × 4 / 20 = 6 of each ordered pair.
    for (const side of sides) {
      expect(first.get(side), side).toBe(6);
      expect(last.get(side), side).toBe(6);
    }
    expect(after.size).toBe(20);
    for (const [pair, n] of after) expect(n, pair).toBe(6);
  });
});
