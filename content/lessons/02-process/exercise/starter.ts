import { Empty, Process, Queue, sleep } from "multiprocessing";

export async function download(name: string, seconds: number, results: Queue<[string, number]>): Promise<void> {
  await sleep(seconds); // stands in for the network
  await results.put([name, seconds]);
}

const FILES: [string, number][] = [["a", 0.1], ["b", 0.2], ["c", 3.0], ["d", 0.15]];

if (import.meta.main) {
  const start = performance.now();
  const results = new Queue<[string, number]>();
  const processes = FILES.map(([name, seconds]) => new Process({ target: download, args: [name, seconds, results], name }));
  for (const p of processes) p.start();

  // Waits for every download, however long it takes.
  for (const p of processes) await p.join();
  for (const p of processes) console.log(`${p.name} exitcode ${p.exitcode}`);

  const arrived: string[] = [];
  for (let i = 0; i < processes.length; i++) {
    const [name] = await results.get();
    arrived.push(name);
  }
  console.log(`results: ${arrived.sort().join(", ")}`);
  console.log(`took ${((performance.now() - start) / 1000).toFixed(2)} s`);
}
