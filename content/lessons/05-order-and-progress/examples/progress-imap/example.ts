import { Pool } from "multiprocessing";

// The page has no tqdm: this stand-in reports progress on stderr (console.error), like
// tqdm does in Python, so stdout stays the same as the Python twin's.
async function* tqdm<T>(iterable: AsyncIterable<T>, total: number, desc: string): AsyncGenerator<T> {
  let done = 0;
  for await (const item of iterable) {
    yield item;
    done += 1;
    console.error(`${desc}: ${done}/${total}`);
  }
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

export function square(x: number): number {
  crunch(N); // stands in for real work
  return x * x;
}

if (import.meta.main) {
  const items = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];
  let total = 0;
  {
    await using pool = new Pool(2);
    const results = pool.imapUnordered(square, items);
    for await (const value of tqdm(results, items.length, "squares")) {
      total += value; // the order does not matter for a sum
    }
  }
  console.log(`done: ${items.length} tasks`);
  console.log(`sum of squares of 0..11: ${total}`);
}
