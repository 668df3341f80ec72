import { Barrier, BrokenBarrierError, Process, Queue, sleep } from "multiprocessing";

export function announce(): void {
  console.log("action: everyone arrived");
}

export async function arrive(line: Barrier, delay: number, out: Queue<number>): Promise<void> {
  await sleep(delay);
  await out.put(await line.wait());
}

export async function lonely(line: Barrier, out: Queue<string>): Promise<void> {
  try {
    await line.wait();
    await out.put("passed");
  } catch (error) {
    await out.put(`child: ${(error as Error).name}`);
  }
}

if (import.meta.main) {
  const line = new Barrier(3, { action: announce });
  const out = new Queue<number>();
  const processes = [0.3, 0.1, 0.2].map((delay) => new Process({ target: arrive, args: [line, delay, out] }));
  for (const p of processes) p.start();
  const indices: number[] = [];
  for (let i = 0; i < 3; i++) indices.push(await out.get());
  for (const p of processes) await p.join();
  console.log("indices", indices.sort());
  console.log("parties", line.parties, "waiting", line.nWaiting, "broken", line.broken);

  const pair = new Barrier(3, { timeout: 0.3 });
  const results = new Queue<string>();
  const child = new Process({ target: lonely, args: [pair, results] });
  child.start();
  try {
    await pair.wait();
  } catch (error) {
    console.log("main:", error instanceof BrokenBarrierError ? "BrokenBarrierError" : error);
  }
  console.log(await results.get());
  await child.join();
  console.log("broken after timeout:", pair.broken);
  try {
    await pair.wait();
  } catch (error) {
    console.log("again:", (error as Error).name);
  }
  pair.reset();
  console.log("after reset:", pair.broken);
  pair.abort();
  console.log("after abort:", pair.broken);
}
