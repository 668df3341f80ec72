import { Process, Queue, sleep } from "multiprocessing";

const N_WORKERS = 2;

type Message = ["setup", null] | ["result", [number, number]];

async function loadModel(): Promise<{ scale: number }> {
  await sleep(0.3); // a costly setup: paid once per worker, not once per task
  return { scale: 10 };
}

export async function worker(tasks: Queue<number | null>, results: Queue<Message>): Promise<void> {
  const model = await loadModel();
  await results.put(["setup", null]);
  for (let x = await tasks.get(); x !== null; x = await tasks.get()) {
    // take tasks until the sentinel null arrives
    await sleep(0.1); // the work
    await results.put(["result", [x, x * model.scale]]);
  }
  // returning ends the process with exit code 0
}

if (import.meta.main) {
  const tasks = new Queue<number | null>();
  const results = new Queue<Message>();
  const workers = Array.from({ length: N_WORKERS }, () => new Process({ target: worker, args: [tasks, results] }));
  for (const w of workers) {
    w.start();
  }

  for (let x = 0; x < 8; x++) {
    await tasks.put(x);
  }
  for (const _ of workers) {
    await tasks.put(null); // one sentinel per worker: each stops after taking one
  }

  // Drain first: exactly one setup message per worker and one result per task.
  const messages: Message[] = [];
  for (let i = 0; i < N_WORKERS + 8; i++) {
    messages.push(await results.get());
  }
  for (const w of workers) {
    await w.join(); // only now: every worker has handed over everything it put
  }

  const pairs: [number, number][] = [];
  let setups = 0;
  for (const message of messages) {
    if (message[0] === "result") {
      pairs.push(message[1]);
    } else {
      setups += 1;
    }
  }
  pairs.sort((a, b) => a[0] - b[0]);
  console.log(`results: [${pairs.map(([x, y]) => `(${x}, ${y})`).join(", ")}]`);
  console.log(`setups: ${setups} for ${pairs.length} tasks`);
  console.log(`exit codes: [${workers.map((w) => w.exitcode).join(", ")}]`);
}
