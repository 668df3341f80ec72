import { Pool, Process } from "multiprocessing";

export function nothing(): void {}

export function tiny(x: number): number {
  return x + 1;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

if (import.meta.main) {
  const starts: number[] = [];
  for (let k = 0; k < 3; k++) {
    const start = performance.now();
    const p = new Process({ target: nothing });
    p.start();
    await p.join();
    starts.push(performance.now() - start);
  }
  console.log(`start and join one process: ${median(starts).toFixed(1)} ms`);

  const trips: number[] = [];
  {
    await using pool = new Pool(1);
    await pool.apply(tiny, [0]); // warm-up: start-up is not part of a message's cost
    for (let i = 0; i < 50; i++) {
      const start = performance.now();
      await pool.apply(tiny, [i]);
      trips.push(performance.now() - start);
    }
  }
  const trip = median(trips);
  console.log(`one tiny task through a pool: ${trip.toFixed(3)} ms`);

  const start = performance.now();
  for (let i = 0; i < 50; i++) tiny(i);
  console.log(`the same call in this process: ${((performance.now() - start) / 50).toFixed(5)} ms`);
  console.log(`to keep messages under 1% of the time, a task should compute for ${(100 * trip).toFixed(0)} ms or more`);
}
