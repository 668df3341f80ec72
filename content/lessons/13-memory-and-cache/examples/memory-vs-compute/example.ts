import { Pool } from "multiprocessing";

const SIZE = 32_000_000; // bytes per buffer: far larger than any CPU cache
let src = new Uint8Array(0);
let dst = new Uint8Array(0);

export function initBuffers(): void {
  // Runs once in every worker, so every worker holds its own two buffers.
  src = new Uint8Array(SIZE);
  for (let i = 0; i < SIZE; i++) src[i] = i & 255; // real data, not untouched zero pages
  dst = new Uint8Array(SIZE);
  dst.set(src); // touch every page now, so the timed part sees no page faults
}

export function memoryBound(i: number): number {
  for (let k = 0; k < 4; k++) {
    dst.set(src); // copy 32 MB: the core spends its time waiting for RAM
  }
  return dst[i];
}

export function computeBound(i: number): number {
  let x = i;
  for (let k = 0; k < 400_000; k++) {
    x = (x * 75 + 74) % 65537; // a few numbers in registers: no memory traffic
  }
  return x;
}

async function timed(task: (i: number) => number, workers: number): Promise<number> {
  await using pool = new Pool(workers, { initializer: initBuffers });
  await pool.map(task, Array.from({ length: workers }, (_, i) => i), 1); // warm-up
  const start = performance.now();
  await pool.map(task, [0, 1, 2, 3, 4, 5, 6, 7], 1);
  return performance.now() - start;
}

if (import.meta.main) {
  console.log(`buffers per worker: ${2 * SIZE} bytes, for 2 workers: ${2 * 2 * SIZE} bytes`);
  const tasks: [string, (i: number) => number][] = [
    ["compute-bound", computeBound],
    ["memory-bound", memoryBound],
  ];
  for (const [name, task] of tasks) {
    const one = await timed(task, 1);
    const two = await timed(task, 2);
    console.log(
      `${name}: 1 worker ${one.toFixed(0)} ms, 2 workers ${two.toFixed(0)} ms, speedup ${(one / two).toFixed(2)}x`,
    );
  }
}
