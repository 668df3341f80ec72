import { Process, SharedArray, Value } from "multiprocessing";

export async function count(counter: Value, done: SharedArray, slot: number, times: number): Promise<void> {
  for (let i = 0; i < times; i++) {
    await using _ = await counter.getLock().enter();
    counter.value += 1;
  }
  done.set(slot, times);
}

export function fill(values: SharedArray, total: Value): void {
  for (let i = 0; i < values.length; i++) values.set(i, values.get(i) * 2);
  total.value = values.toArray().reduce((a, b) => a + b, 0);
}

if (import.meta.main) {
  const counter = new Value("i", 0);
  const done = new SharedArray("i", 4);
  const processes = [0, 1, 2, 3].map((slot) => new Process({ target: count, args: [counter, done, slot, 20_000] }));
  for (const p of processes) p.start();
  for (const p of processes) await p.join();
  console.log("with the lock:", counter.value, "of", [...done].reduce((a, b) => a + b, 0));

  const values = new SharedArray("d", [1.5, 2.5, 3]);
  const total = new Value("d", 0, { lock: false });
  const p = new Process({ target: fill, args: [values, total] });
  p.start();
  await p.join();
  console.log("doubled in the child:", values.toArray(), "total", total.value);
  console.log("length", values.length, "last", values.get(-1));
  try {
    values.get(3);
  } catch (error) {
    console.log(`${(error as Error).name}: ${(error as Error).message}`);
  }
  const big = new Value("q", 2n ** 40n);
  console.log("64-bit value", String(big.value));
}
