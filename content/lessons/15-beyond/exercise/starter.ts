// The runtime has no ProcessPoolExecutor: Pool is its nearest equivalent.
import { Pool, ValueError, cpuCount } from "multiprocessing";

const DRAWS = 200_000;

/** A small seeded generator (mulberry32), the twin of random.Random(seed).random. */
function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** One run of the sweep: the mean of DRAWS random numbers from the given seed. */
export function simulate(seed: number): number {
  if (seed < 0) {
    throw new ValueError(`negative seed ${seed}`);
  }
  const random = seededRandom(seed);
  let total = 0;
  for (let i = 0; i < DRAWS; i++) total += random();
  return total / DRAWS;
}

if (import.meta.main) {
  const seeds = [-1, ...Array.from({ length: 40 }, (_, i) => i)];
  let means: number[];
  {
    await using pool = new Pool(Math.max(1, cpuCount()));
    means = await pool.map(simulate, seeds); // all or nothing: one bad seed costs every result
  }
  const meanOfMeans = means.reduce((a, b) => a + b, 0) / means.length;
  console.log(`${means.length} seeds ok, mean of means ${meanOfMeans.toFixed(3)}`);
}
