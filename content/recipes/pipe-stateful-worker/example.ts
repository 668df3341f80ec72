import { Pipe, Process } from "multiprocessing";

/** One end of a Pipe. */
type Connection = ReturnType<typeof Pipe>[0];

export async function runningMean(conn: Connection): Promise<void> {
  let count = 0; // state that lives as long as the process
  let total = 0;
  while (true) {
    const x = (await conn.recv()) as number | null;
    if (x === null) {
      break; // the parent's signal to stop
    }
    count += 1;
    total += x;
    conn.send(total / count);
  }
  conn.close();
}

if (import.meta.main) {
  const [parentEnd, childEnd] = Pipe();
  const p = new Process({ target: runningMean, args: [childEnd] });
  p.start();
  childEnd.close(); // the parent keeps only its own end
  for (const x of [10, 20, 60, 10]) {
    parentEnd.send(x);
    const mean = (await parentEnd.recv()) as number;
    console.log(`sent ${x}, mean so far ${mean.toFixed(1)}`);
  }
  parentEnd.send(null);
  await p.join();
  console.log(`worker exit code: ${p.exitcode}`);
}
