import { Pool } from "multiprocessing";

/** Python's spelling of booleans, so both twins print the same text. */
const py = (v: boolean): string => (v ? "True" : "False");

export function square(x: number): number {
  return x * x;
}

export function add(a: number, b: number): number {
  return a + b;
}

/** A class of the program: its instances cross back as instances, as pickle sends them. */
export class Point {
  x: number;
  y: number;

  constructor(x: number, y: number) {
    this.x = x;
    this.y = y;
  }
}

export function makePoint(n: number): Point {
  return new Point(n, n + 1);
}

if (import.meta.main) {
  await using pool = new Pool(2);
  console.log(await pool.map(square, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]));
  console.log(await pool.map(square, []));
  console.log(await pool.starmap(add, [[1, 2], [3, 4], [5, 6]]));
  console.log(await pool.apply(add, [20, 22]));
  const inOrder: number[] = [];
  for await (const value of pool.imap(square, [3, 1, 2], 2)) inOrder.push(value);
  console.log("imap", inOrder);
  const anyOrder: number[] = [];
  for await (const value of pool.imapUnordered(square, [3, 1, 2])) anyOrder.push(value);
  console.log("imap_unordered sorted", anyOrder.sort((a, b) => a - b));
  const result = pool.mapAsync(square, [4, 5]);
  console.log(await result.get(), py(result.ready()), py(result.successful()));
  const seen: number[][] = [];
  const cb = pool.applyAsync(square, [7], { callback: (v) => seen.push([v]) });
  await cb.wait();
  console.log("callback saw", seen);
  const [point] = await pool.map(makePoint, [3]);
  const applied = await pool.apply(makePoint, [1]);
  console.log("points", py(point instanceof Point), point!.x, point!.y, py(applied instanceof Point), applied.y);
}
