import { Process, Queue } from "multiprocessing";

export async function square(x: number, results: Queue<[number, number]>): Promise<void> {
  // A return value would be lost: nothing in the parent receives it.
  // Put the answer on the queue instead, labelled with its input.
  await results.put([x, x * x]);
}

if (import.meta.main) {
  const results = new Queue<[number, number]>();
  const processes = [1, 2, 3, 4].map((x) => new Process({ target: square, args: [x, results] }));
  for (const p of processes) {
    p.start();
  }
  const arrived: [number, number][] = [];
  for (const _ of processes) {
    arrived.push(await results.get()); // one get per process, before the joins
  }
  for (const p of processes) {
    await p.join();
  }
  console.log(`arrival order: [${arrived.map(([x]) => x).join(", ")}]`);
  for (const [x, y] of [...arrived].sort((a, b) => a[0] - b[0])) {
    console.log(`${x} squared is ${y}`);
  }
}
