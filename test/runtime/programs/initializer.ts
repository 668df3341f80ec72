// The initializer runs in every worker, replacements included: with maxtasksperchild=2, six tasks
// need at least three workers, and every task still sees the state its worker's initializer set.
import { Pool, currentProcess } from "multiprocessing";

let greeting = "not initialised";

export function init(word: string): void {
  greeting = word;
}

export function greet(x: number): [string, string] {
  return [`${greeting} ${x}`, currentProcess().name];
}

if (import.meta.main) {
  const pool = new Pool(2, { initializer: init, initargs: ["hello"], maxtasksperchild: 2 });
  const results = await pool.map(greet, [1, 2, 3, 4, 5, 6], 1);
  pool.close();
  await pool.join();
  console.log(results.map(([text]) => text));
  console.log("at least 3 workers:", new Set(results.map(([, name]) => name)).size >= 3 ? "True" : "False");
}
