import { Process, Semaphore, Value, sleep } from "multiprocessing";

export async function download(
  n: number,
  slots: Semaphore,
  inside: Value,
  peak: Value,
): Promise<void> {
  await using _slot = await slots.enter(); // at most two processes are past this line at any moment
  {
    await using _ = await inside.getLock().enter();
    inside.value += 1;
    peak.value = Math.max(peak.value, inside.value);
  }
  await sleep(0.3); // the "download": waiting on the network
  {
    await using _ = await inside.getLock().enter();
    inside.value -= 1;
  }
}

if (import.meta.main) {
  const slots = new Semaphore(2);
  const inside = new Value("i", 0); // how many processes hold a slot right now
  const peak = new Value("i", 0); // the most that ever held one at once
  const processes: Process[] = [];
  for (let n = 0; n < 6; n++) {
    processes.push(new Process({ target: download, args: [n, slots, inside, peak] }));
  }
  const start = performance.now();
  for (const p of processes) {
    p.start();
  }
  for (const p of processes) {
    await p.join();
  }
  const elapsed = (performance.now() - start) / 1000;
  console.log(`6 downloads done, at most ${peak.value} at a time`);
  console.log(`took ${elapsed.toFixed(1)} s (three rounds of two)`);
}
