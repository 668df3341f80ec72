import { Pool, Process, Queue, sleep } from "multiprocessing";

const SECONDS_PER_WORD = 0.0004; // the simulated work: 0.4 ms per word

function makeLines(n: number): string[] {
  // Line i has 1 + i // 100 words, so the last lines are the longest.
  return Array.from({ length: n }, (_, i) => Array(1 + Math.floor(i / 100)).fill("word").join(" "));
}

function arraySplit<T>(items: T[], n: number): T[][] {
  // Like numpy.array_split: n parts whose sizes differ by at most one.
  const size = Math.floor(items.length / n);
  const extra = items.length % n;
  const parts: T[][] = [];
  let start = 0;
  for (let k = 0; k < n; k++) {
    const end = start + size + (k < extra ? 1 : 0);
    parts.push(items.slice(start, end));
    start = end;
  }
  return parts;
}

export async function countPart(part: string[]): Promise<number> {
  let words = 0;
  for (const line of part) {
    words += line.split(" ").length;
  }
  await sleep(words * SECONDS_PER_WORD); // stands in for the real work on these words
  return words;
}

export async function countWords(index: number, part: string[], results: Queue<[number, number, number]>): Promise<void> {
  const start = performance.now();
  const words = await countPart(part);
  await results.put([index, words, (performance.now() - start) / 1000]);
}

if (import.meta.main) {
  const lines = makeLines(1000);

  // Step 2: one process per part.
  let start = performance.now();
  const results = new Queue<[number, number, number]>();
  const processes = arraySplit(lines, 4).map(
    (part, k) => new Process({ target: countWords, args: [k, part, results], name: `part-${k}` }),
  );
  for (const p of processes) {
    p.start(); // all four start before we wait for any of them
  }
  const perPart: [number, number, number][] = [];
  for (const _ of processes) {
    perPart.push(await results.get()); // drain first ...
  }
  for (const p of processes) {
    await p.join(); // ... then join
  }
  let total = perPart.reduce((sum, [, words]) => sum + words, 0);
  const processSeconds = (performance.now() - start) / 1000;
  perPart.sort((a, b) => a[0] - b[0]);
  for (const [index, words, seconds] of perPart) {
    console.log(`part-${index}: ${words} words in ${seconds.toFixed(2)} s`);
  }
  console.log(`processes: ${total} words in ${processSeconds.toFixed(2)} s`);

  // Step 3: a pool over many small parts, so no worker idles at the end.
  const parts = arraySplit(lines, 40);
  start = performance.now();
  {
    await using pool = new Pool(4);
    total = (await pool.map(countPart, parts)).reduce((a, b) => a + b, 0);
  }
  console.log(`pool: ${total} words in ${parts.length} parts, ${((performance.now() - start) / 1000).toFixed(2)} s`);
}
