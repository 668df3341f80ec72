import { Pool } from "multiprocessing";

const WORKERS = 2; // the speedup chart rewrites this line for each run

const SIZE = 16_000_000; // bytes per buffer: far larger than a core's own caches
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
  for (let k = 0; k < 8; k++) {
    dst.set(src); // copy 16 MB: the core spends its time waiting for RAM
  }
  return dst[i];
}

if (import.meta.main) {
  console.log(`workers: ${WORKERS}`);
  await using pool = new Pool(WORKERS, { initializer: initBuffers });
  await pool.map(memoryBound, Array.from({ length: WORKERS }, (_, i) => i), 1); // warm-up
  const start = performance.now();
  await pool.map(memoryBound, Array.from({ length: 16 }, (_, i) => i), 1);
  console.log(`elapsed ${(performance.now() - start).toFixed(1)} ms`);
}
