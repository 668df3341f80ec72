// Fitting Amdahl's law recovers the serial fraction of measured speedups.
import { test } from "node:test";
import assert from "node:assert/strict";
import { amdahl, fitSerialFraction } from "../../src/timeline/amdahl.ts";

test("exact points give back their serial fraction", () => {
  for (const s of [0, 0.05, 0.3, 1]) {
    const points = [1, 2, 4, 8].map((n) => ({ n, speedup: amdahl(s, n) }));
    assert.ok(Math.abs(fitSerialFraction(points)! - s) < 1e-6, `s=${s}`);
  }
});

test("noisy points give a close fit; one worker alone gives none", () => {
  const points = [{ n: 1, speedup: 1 }, { n: 2, speedup: 1.8 }, { n: 3, speedup: 2.35 }, { n: 4, speedup: 2.9 }];
  const s = fitSerialFraction(points)!;
  assert.ok(s > 0.05 && s < 0.15, String(s));
  assert.equal(fitSerialFraction([{ n: 1, speedup: 1 }]), null);
});

test("slowdowns fit a serial fraction of 1", () => {
  assert.ok(fitSerialFraction([{ n: 2, speedup: 0.5 }, { n: 4, speedup: 0.3 }])! > 1 - 1e-9);
});
