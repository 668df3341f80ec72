import { Pool } from "multiprocessing";

const ENTRIES = 1_000_000; // eight bytes each: an 8 MB table
const WORKERS = 2;
const STARTS = [0, 125_000, 250_000, 375_000, 500_000, 625_000, 750_000, 875_000];

/** Version A: the table arrives with every task. */
export function sumWith(table: Float64Array, start: number): number {
  let total = 0;
  for (let i = start; i < start + 1000; i++) total += table[i];
  return total;
}

function show(xs: number[]): string {
  return `[${xs.join(", ")}]`;
}

if (import.meta.main) {
  const table = new Float64Array(ENTRIES);
  for (let i = 0; i < ENTRIES; i++) table[i] = i;

  const start = performance.now();
  let sumsA: number[];
  {
    await using pool = new Pool(WORKERS);
    sumsA = await pool.starmap(sumWith, STARTS.map((s) => [table, s]), 1); // one copy per task
  }
  const msA = performance.now() - start;
  const copiesA = STARTS.length;
  console.log(`version A: ${copiesA} copies of the table, ${copiesA * table.byteLength} bytes, ${msA.toFixed(1)} ms`);

  // TODO version B: give each worker the table once, when it starts, and send only the start index.
  const sumsB: number[] = [];

  console.log(`sums: ${show(sumsA)}`);
  const same = sumsA.length === sumsB.length && sumsA.every((x, i) => x === sumsB[i]);
  console.log(same ? "both versions return the same sums" : `the versions differ: ${show(sumsB)}`);
}
