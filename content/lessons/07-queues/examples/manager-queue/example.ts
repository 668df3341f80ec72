import { Manager, Pool, sleep } from "multiprocessing";

// All the task needs from the queue is put(); a manager's queue proxy has it.
interface Progress {
  put(message: string): Promise<void>;
}

export async function task(x: number, progress: Progress): Promise<number> {
  await sleep(0.1); // the work
  await progress.put(`task ${x} done`); // progress is a proxy: any process may use it
  return x * x;
}

if (import.meta.main) {
  const seen: string[] = [];
  let squares: number[] = [];
  {
    await using manager = await Manager();
    const progress = await manager.Queue(); // lives in the manager's process, not in this one
    {
      await using pool = new Pool(2);
      const result = pool.starmapAsync(task, [0, 1, 2, 3, 4, 5].map((x): [number, Progress] => [x, progress]));
      for (let i = 0; i < 6; i++) {
        seen.push((await progress.get()) as string); // live, while the pool works
      }
      squares = await result.get();
    }
  }
  console.log(`progress messages: [${seen.sort().map((m) => `'${m}'`).join(", ")}]`);
  console.log(`squares: [${squares.join(", ")}]`);
}
