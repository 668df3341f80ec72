import { Empty, Full, JoinableQueue, Process, Queue } from "multiprocessing";

export async function produce(q: Queue<number>, start: number): Promise<void> {
  for (let i = start; i < start + 50; i++) await q.put(i);
}

export async function consume(q: Queue<number | null>, out: Queue<number>): Promise<void> {
  for (;;) {
    const item = await q.get();
    if (item === null) break;
    await out.put(item);
  }
}

export async function worker(jobs: JoinableQueue<number>, results: Queue<number>): Promise<void> {
  for (;;) {
    const n = await jobs.get();
    await results.put(n * 10);
    await jobs.taskDone();
  }
}

if (import.meta.main) {
  const small = new Queue<number>(1);
  await small.put(1);
  try {
    await small.put(2, true, 0.05);
  } catch (e) {
    console.log("put timeout", (e as Error).name, e instanceof Full ? "True" : "False");
  }
  try {
    await small.putNowait(2);
  } catch (e) {
    console.log("put_nowait", (e as Error).name);
  }
  console.log("qsize", await small.qsize(), "full", (await small.full()) ? "True" : "False");
  console.log("got", await small.get());
  try {
    await small.get(true, 0.05);
  } catch (e) {
    console.log("get timeout", (e as Error).name, e instanceof Empty ? "True" : "False");
  }
  try {
    await small.getNowait();
  } catch (e) {
    console.log("get_nowait", (e as Error).name);
  }

  const q = new Queue<number | null>();
  const out = new Queue<number>();
  const producers = [0, 100, 200].map((start) => new Process({ target: produce, args: [q, start] }));
  const consumers = [1, 2].map(() => new Process({ target: consume, args: [q, out] }));
  for (const p of [...producers, ...consumers]) p.start();
  for (const p of producers) await p.join();
  for (const _ of consumers) await q.put(null);
  const received: number[] = [];
  while (received.length < 150) received.push(await out.get());
  for (const c of consumers) await c.join();
  const unique = new Set(received);
  console.log("received", received.length, "unique", unique.size, "sum", received.reduce((a, b) => a + b, 0));

  const jobs = new JoinableQueue<number>();
  const results = new Queue<number>();
  const w = new Process({ target: worker, args: [jobs, results], daemon: true });
  w.start();
  for (let n = 1; n <= 5; n++) await jobs.put(n);
  await jobs.join();
  const total: number[] = [];
  for (let n = 1; n <= 5; n++) total.push(await results.get());
  console.log("joined", total.sort((a, b) => a - b));
  try {
    await jobs.taskDone();
  } catch (e) {
    console.log("extra task_done", (e as Error).name, (e as Error).message);
  }
  q.close();
  try {
    await q.put(1);
  } catch (e) {
    console.log("closed", (e as Error).name);
  }
}
