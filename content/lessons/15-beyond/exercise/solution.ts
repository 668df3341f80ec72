// The runtime has no ProcessPoolExecutor: applyAsync with callbacks plays submit() and as_completed().
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
  const means = new Map<number, number>();
  const failures: string[] = [];
  let done = 0;
  const finished = (): void => {
    done += 1;
    console.log(`done ${done}/${seeds.length}`); // in the order tasks finish, like as_completed
  };

  const pool = new Pool(Math.max(1, cpuCount()));
  for (const seed of seeds) {
    // The callbacks run in this process, so they may close over the seed.
    pool.applyAsync(simulate, [seed], {
      callback: (mean) => {
        means.set(seed, mean);
        finished();
      },
      errorCallback: (err) => {
        failures.push(`seed ${seed} (${err.name}: ${err.message})`);
        finished();
      },
    });
  }
  pool.close();
  await pool.join(); // after this, every callback has run

  for (const failure of failures) {
    console.log(`failed: ${failure}`);
  }
  const meanOfMeans = [...means.values()].reduce((a, b) => a + b, 0) / means.size;
  console.log(`${means.size} seeds ok, mean of means ${meanOfMeans.toFixed(3)}`);
}
