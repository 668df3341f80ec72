import { Pool } from "multiprocessing";

export function echo(payload: Uint8Array): Uint8Array {
  // The argument arrived as a copy; returning it sends a second copy back.
  return payload;
}

if (import.meta.main) {
  await using pool = new Pool(1);
  await pool.apply(echo, [new Uint8Array(0)]); // warm-up: the worker is running before we time
  for (const size of [1_000_000, 4_000_000, 16_000_000]) {
    const payload = new Uint8Array(size);
    const start = performance.now();
    const back: Uint8Array = await pool.apply(echo, [payload]);
    const ms = performance.now() - start;
    console.log(`${size} bytes there and ${back.length} bytes back: ${ms.toFixed(1)} ms`);
  }
  const start = performance.now();
  await pool.apply(echo, [new Uint8Array(0)]);
  const ms = performance.now() - start;
  console.log(`an empty message for comparison: ${ms.toFixed(1)} ms`);
}
