import { Pool } from "multiprocessing";

/** Python's spelling of booleans, so both twins print the same text. */
const py = (v: boolean): string => (v ? "True" : "False");

export function same(pair: unknown[]): boolean {
  return pair[0] === pair[1];
}

export function echo<T>(value: T): T {
  return value;
}

export function nothing(): void {}

export function total(values: number[]): number {
  return values.reduce((a, b) => a + b, 0);
}

/** Even calls answer with a number, odd ones with a long list (which takes the port, not the slot). */
export function ordered(i: number): number | number[] {
  return i % 2 === 0 ? i : new Array<number>(3000).fill(i);
}

if (import.meta.main) {
  await using pool = new Pool(1);
  const shared = { n: 1 };
  console.log("one object twice stays one in the worker:", py(await pool.apply(same, [[shared, shared]])));
  const back = await pool.apply(echo, [[shared, shared]]);
  console.log("and comes back as one:", py(back[0] === back[1]));
  console.log("negative zero:", py(Object.is(await pool.apply(echo, [-0]), -0)));
  console.log("NaN:", py(Number.isNaN(await pool.apply(echo, [NaN]))));
  console.log("infinity:", py((await pool.apply(echo, [Infinity])) === Infinity));
  console.log("None:", py((await pool.apply(nothing)) === undefined));
  const holey = await pool.apply(echo, [[1, undefined, 3]]);
  console.log("None in a list:", py(holey[1] === undefined));
  const nested = { a: [1, 2.5, { b: "c" }], d: true, e: null };
  console.log("nested:", py(JSON.stringify(await pool.apply(echo, [nested])) === JSON.stringify(nested)));
  const long = Array.from({ length: 100_000 }, (_, i) => i);
  console.log("sum of a long list:", await pool.apply(total, [long]));
  const seen: number[] = [];
  const results = Array.from({ length: 20 }, (_, i) =>
    pool.applyAsync(ordered, [i], { callback: (v) => seen.push(Array.isArray(v) ? v[0]! : v) }),
  );
  for (const result of results) await result.wait();
  console.log("callbacks in order:", seen.join(" "));
}
