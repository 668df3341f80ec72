import { Pool, cpuCount } from "multiprocessing";

const PARALLEL = 2_400_000; // loop steps split into 8 equal tasks
const SERIAL = 240_000; // loop steps the main process always does alone

export function work(n: number): number {
  let total = 0;
  for (let i = 0; i < n; i++) {
    total += (i * i) % 7;
  }
  return total;
}

/** Wall-clock milliseconds of the whole job: serial part, pool start-up, parallel part. */
async function runOnce(workers: number): Promise<number> {
  const start = performance.now();
  work(SERIAL); // reading input, merging results...: no pool speeds this up
  {
    await using pool = new Pool(workers);
    await pool.map(work, new Array<number>(8).fill(PARALLEL / 8), 1);
  }
  return performance.now() - start;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

function amdahl(s: number, n: number): number {
  return 1 / (s + (1 - s) / n);
}

function fitSerialFraction(speedup: Map<number, number>, cpus: number): number {
  // 1/S = s + (1 - s)/n  is the same as  1/S - 1/n = s * (1 - 1/n):
  // a line through the origin, so least squares gives s in one line.
  // Amdahl assumes one core per worker: rows with more workers than CPUs are left out.
  let xy = 0;
  let xx = 0;
  for (const [n, S] of speedup) {
    if (n === 1 || n > cpus) continue;
    const x = 1 - 1 / n;
    xy += x * (1 / S - 1 / n);
    xx += x * x;
  }
  if (xx === 0) return 1; // one CPU: nothing ran in parallel
  return Math.min(1, Math.max(0, xy / xx));
}

if (import.meta.main) {
  const cpus = cpuCount();
  console.log(`cpu_count: ${cpus}`);
  const times = new Map<number, number>();
  for (const n of [1, 2, 4]) {
    const runs: number[] = [];
    for (let k = 0; k < 3; k++) runs.push(await runOnce(n));
    times.set(n, median(runs));
  }
  const t1 = times.get(1)!;
  const speedup = new Map<number, number>();
  for (const [n, t] of times) speedup.set(n, t1 / t);
  for (const [n, t] of times) {
    const S = speedup.get(n)!;
    console.log(`workers=${n}: ${t.toFixed(0)} ms, speedup ${S.toFixed(2)}, efficiency ${(S / n).toFixed(2)}`);
  }
  const s = fitSerialFraction(speedup, cpus);
  const limit = s > 0 ? (1 / s).toFixed(1) : "none";
  console.log(`fitted serial fraction s = ${s.toFixed(3)}`);
  console.log(
    `Amdahl predicts S(8) = ${amdahl(s, 8).toFixed(2)}, S(16) = ${amdahl(s, 16).toFixed(2)}, limit 1/s = ${limit}`,
  );
}
