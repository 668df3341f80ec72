import { Pool, currentProcess } from "multiprocessing";

// The page has no tqdm: this stand-in reports progress on stderr (console.error), like
// tqdm does in Python, so stdout stays the same as the Python twin's.
class Tqdm {
  n = 0;
  constructor(
    readonly total: number,
    readonly desc: string,
  ) {}
  update(n = 1): void {
    this.n += n;
    console.error(`${this.desc}: ${this.n}/${this.total}`);
  }
  close(): void {}
}

// JavaScript's JIT runs this loop about 35 times faster than CPython runs the
// Python twin, so N is larger here to give each task about the same 0.1 s.
const N = 42_000_000;

export function crunch(n: number): number {
  let total = 0;
  for (let i = 0; i < n; i++) {
    total += (i % 7) * (i % 5);
  }
  return total;
}

export function square(x: number): [number, string] {
  crunch(N); // stands in for real work
  return [x * x, currentProcess().name];
}

async function main(): Promise<void> {
  const items = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];
  const bar = new Tqdm(items.length, "squares");
  const values: number[] = [];
  const taskRanIn = new Set<string>();
  const callbackRanIn = new Set<string>();

  function onResult([value, worker]: [number, string]): void {
    // Runs in the main process, so it may touch bar, values and the sets. It may even be
    // a nested function like this one: a callback is never sent to another process.
    values.push(value);
    taskRanIn.add(worker.slice(0, worker.lastIndexOf("-"))); // "SpawnPoolWorker-2" -> "SpawnPoolWorker"
    callbackRanIn.add(currentProcess().name);
    bar.update();
  }

  {
    await using pool = new Pool(2);
    for (const x of items) {
      pool.applyAsync(square, [x], { callback: onResult });
    }
    pool.close();
    await pool.join(); // waits for every task and every callback
  }
  bar.close();

  const list = (names: Set<string>) => `[${[...names].sort().map((n) => `'${n}'`).join(", ")}]`;
  console.log(`tasks ran in: ${list(taskRanIn)}`);
  console.log(`callbacks ran in: ${list(callbackRanIn)}`);
  console.log(`${values.length} callbacks, sum of squares of 0..11: ${values.reduce((a, b) => a + b, 0)}`);
}

if (import.meta.main) {
  await main();
}
