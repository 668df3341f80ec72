import { Empty, Process, Queue, sleep } from "multiprocessing";

export async function download(name: string, seconds: number, results: Queue<[string, number]>): Promise<void> {
  await sleep(seconds); // stands in for the network
  await results.put([name, seconds]);
}

const FILES: [string, number][] = [["a", 0.1], ["b", 0.2], ["c", 3.0], ["d", 0.15]];
const DEADLINE = 1.0; // seconds for all the downloads together

if (import.meta.main) {
  const start = performance.now();
  const results = new Queue<[string, number]>();
  const processes = FILES.map(([name, seconds]) => new Process({ target: download, args: [name, seconds, results], name }));
  for (const p of processes) p.start();

  // One second in total: each join waits only for what is left of it.
  const deadline = performance.now() + DEADLINE * 1000;
  for (const p of processes) await p.join(Math.max(0, (deadline - performance.now()) / 1000));
  for (const p of processes) {
    if (p.isAlive()) p.terminate();
    await p.join();
  }
  for (const p of processes) console.log(`${p.name} exitcode ${p.exitcode}`);

  // Whatever arrived, without waiting for results that will never come.
  const arrived: string[] = [];
  while (true) {
    try {
      const [name] = await results.get(true, 0.1);
      arrived.push(name);
    } catch (e) {
      if (!(e instanceof Empty)) throw e;
      break;
    }
  }
  console.log(`results: ${arrived.sort().join(", ")}`);
  console.log(`took ${((performance.now() - start) / 1000).toFixed(2)} s`);
}
