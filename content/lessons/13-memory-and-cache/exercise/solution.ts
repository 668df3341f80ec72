import { Pool } from "multiprocessing";

const ENTRIES = 1_000_000; // eight bytes each: an 8 MB table
const WORKERS = 2;
const STARTS = [0, 125_000, 250_000, 375_000, 500_000, 625_000, 750_000, 875_000];

let workerTable: Float64Array = new Float64Array(0); // version B: each worker's own copy, set once

/** Version A: the table arrives with every task. */
export function sumWith(table: Float64Array, start: number): number {
  let total = 0;
  for (let i = start; i < start + 1000; i++) total += table[i];
  return total;
}

/** Version B: runs once in each worker as it starts, with the table as its argument. */
export function keepTable(table: Float64Array): void {
  workerTable = table;
}

/** Version B: only the index travels. */
export function sumFrom(start: number): number {
  let total = 0;
  for (let i = start; i < start + 1000; i++) total += workerTable[i];
  return total;
}

function show(xs: number[]): string {
  return `[${xs.join(", ")}]`;
}

if (import.meta.main) {
  const table = new Float64Array(ENTRIES);
  for (let i = 0; i < ENTRIES; i++) table[i] = i;

  let start = performance.now();
  let sumsA: number[];
  {
    await using pool = new Pool(WORKERS);
    sumsA = await pool.starmap(sumWith, STARTS.map((s) => [table, s]), 1); // one copy per task
  }
  const msA = performance.now() - start;
  const copiesA = STARTS.length;
  console.log(`version A: ${copiesA} copies of the table, ${copiesA * table.byteLength} bytes, ${msA.toFixed(1)} ms`);

  start = performance.now();
  let sumsB: number[];
  {
    await using pool = new Pool(WORKERS, { initializer: keepTable, initargs: [table] }); // one copy per worker
    sumsB = await pool.map(sumFrom, STARTS, 1);
  }
  const msB = performance.now() - start;
  const copiesB = WORKERS;
  console.log(`version B: ${copiesB} copies of the table, ${copiesB * table.byteLength} bytes, ${msB.toFixed(1)} ms`);

  console.log(`sums: ${show(sumsA)}`);
  const same = sumsA.length === sumsB.length && sumsA.every((x, i) => x === sumsB[i]);
  console.log(same ? "both versions return the same sums" : `the versions differ: ${show(sumsB)}`);
}
