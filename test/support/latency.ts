// Latency checks in tests on a shared two-core machine: the other test worker may be running axe
// or a four-process program at the moment we measure, so one slow sample says little. A check
// takes up to `tries` samples and keeps the fastest: a Stop that *can* end a run within 200 ms
// passes, one that never does (a missed interrupt waiting out the 2 s grace period) fails every
// try. Typical figures are reported by `npm run bench`, not asserted here.
import { expect } from "@playwright/test";

/** Measures up to `tries` times, stopping at the first sample under `limitMs`, and expects one under it. */
export async function expectFastestUnder(what: string, limitMs: number, tries: number, measure: () => Promise<number>): Promise<void> {
  const samples: number[] = [];
  for (let i = 0; i < tries; i++) {
    samples.push(await measure());
    if (samples.at(-1)! < limitMs) break;
  }
  expect(Math.min(...samples), `${what} took ${samples.map((ms) => ms.toFixed(0)).join(", ")} ms`).toBeLessThan(limitMs);
}
