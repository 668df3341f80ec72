import { Pool, sleep } from "multiprocessing";

const SETUP_SECONDS = 0.003; // e.g. loading a word list: paid on every call that needs it

async function loadStopwords(): Promise<Set<string>> {
  await sleep(SETUP_SECONDS);
  return new Set(["the", "a", "of"]);
}

export async function countLine(line: string): Promise<[number, number]> {
  // One task per line: the setup runs once per line.
  const stopwords = await loadStopwords();
  const words = line.split(" ").filter((w) => !stopwords.has(w));
  return [1, words.length]; // [setups done, words counted]
}

export async function countBatch(lines: string[]): Promise<[number, number]> {
  // One task per batch: the setup runs once per batch.
  const stopwords = await loadStopwords();
  let words = 0;
  for (const line of lines) {
    words += line.split(" ").filter((w) => !stopwords.has(w)).length;
  }
  return [1, words];
}

function makeLines(n: number): string[] {
  // Stands in for reading "book.txt": the page has no file system.
  return Array.from({ length: n }, (_, i) => Array(1 + (i % 4)).fill("the word").join(" "));
}

function report(label: string, results: [number, number][], start: number): number {
  const setups = results.reduce((sum, [s]) => sum + s, 0);
  const words = results.reduce((sum, [, w]) => sum + w, 0);
  console.log(`${label}: ${results.length} results, ${setups} setups, ${words} words`);
  return (performance.now() - start) / 1000;
}

async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const items: T[] = [];
  for await (const item of iterable) {
    items.push(item);
  }
  return items;
}

if (import.meta.main) {
  const lines = makeLines(400);
  let t1: number, t2: number, t3: number;
  {
    await using pool = new Pool(2);
    await pool.map(countLine, lines.slice(0, 2)); // warm up: both workers running before any timing

    let start = performance.now();
    t1 = report("imap, one line per task, chunksize 1", await collect(pool.imap(countLine, lines)), start);

    start = performance.now();
    t2 = report("imap, one line per task, chunksize 50", await collect(pool.imap(countLine, lines, 50)), start);

    start = performance.now();
    const batches: string[][] = [];
    for (let i = 0; i < lines.length; i += 50) {
      batches.push(lines.slice(i, i + 50));
    }
    t3 = report("map, 50 lines per task", await pool.map(countBatch, batches), start);
  }
  console.log(`seconds: ${t1.toFixed(2)} / ${t2.toFixed(2)} / ${t3.toFixed(2)}`); // about 0.6 / 0.6 / 0.01
}
