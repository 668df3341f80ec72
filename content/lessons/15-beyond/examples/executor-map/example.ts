// The runtime has no ProcessPoolExecutor: Pool is its nearest equivalent.
import { Pool } from "multiprocessing";

/** How many 3n + 1 steps it takes n to reach 1. */
export function collatzSteps(n: number): number {
  let steps = 0;
  while (n !== 1) {
    n = n % 2 === 0 ? n / 2 : 3 * n + 1;
    steps += 1;
  }
  return steps;
}

/** The number in [start, stop) with the most steps, and its steps. */
export function longestChain(start: number, stop: number): [number, number] {
  let best = start;
  let bestSteps = collatzSteps(start);
  for (let n = start + 1; n < stop; n++) {
    const steps = collatzSteps(n);
    if (steps > bestSteps) {
      best = n;
      bestSteps = steps;
    }
  }
  return [best, bestSteps];
}

if (import.meta.main) {
  const starts = [1, 10_001, 20_001, 30_001, 40_001, 50_001];
  const stops = starts.map((s) => s + 10_000);
  let results: [number, number][];
  {
    await using pool = new Pool(2);
    // Pool.map takes one argument per task, so two arguments go through starmap;
    // results come back in input order, like executor.map.
    results = await pool.starmap(
      longestChain,
      starts.map((s, i) => [s, stops[i]]),
    );
  }
  starts.forEach((start, i) => {
    const [best, steps] = results[i];
    console.log(`${start}..${stops[i] - 1}: ${best} takes ${steps} steps`);
  });
}
