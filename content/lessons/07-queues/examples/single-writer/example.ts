import { Process, Queue, sleep } from "multiprocessing";

export async function worker(name: string, lines: Queue<string | null>): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await sleep(0.05 * (1 + i)); // the work that produces a line
    await lines.put(`${name}: line ${i}`); // hand the line over; never touch the file here
  }
}

export async function writer(lines: Queue<string | null>): Promise<void> {
  // The only process that "opens the file". The page has no file system, so the file is
  // this array, printed when the writer closes it; the Python twin writes a real file.
  const file: string[] = [];
  for (let line = await lines.get(); line !== null; line = await lines.get()) {
    file.push(line);
  }
  for (const line of file) {
    console.log(line);
  }
  console.log(`${file.length} whole lines, written by one process`);
}

if (import.meta.main) {
  const lines = new Queue<string | null>();
  const w = new Process({ target: writer, args: [lines] });
  w.start();

  const workers = [0, 1, 2].map((k) => new Process({ target: worker, args: [`worker-${k}`, lines] }));
  for (const p of workers) {
    p.start();
  }
  for (const p of workers) {
    await p.join(); // safe: the writer drains the queue meanwhile
  }
  await lines.put(null); // every worker is done: tell the writer to close the file
  await w.join();
}
