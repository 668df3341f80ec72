// Bench program: the round trip of `applyAsync().get()` on a pool of one, timed call by call.
import { Pool } from "multiprocessing";

export function echo(value: number): number {
  return value;
}

if (import.meta.main) {
  const pool = new Pool(1);
  for (let i = 0; i < 500; i++) await pool.applyAsync(echo, [i]).get();
  const micros: number[] = [];
  for (let i = 0; i < 3000; i++) {
    const started = performance.now();
    await pool.applyAsync(echo, [i]).get();
    micros.push((performance.now() - started) * 1000);
  }
  pool.terminate();
  await pool.join();
  micros.sort((a, b) => a - b);
  console.log(`apply_round_trip_us ${micros[micros.length >> 1]}`);
}
