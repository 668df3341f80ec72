// The runtime benchmark page: raw Web Worker timings (the floor any runtime pays) and programs run
// through the real runner with the options the site uses, exposed to bench/run.mjs as `window.bench`.
import { run, type RunOptions } from "../../src/runner/runner.ts";

function startEcho(): Promise<{ worker: Worker; ms: number }> {
  const started = performance.now();
  const worker = new Worker(new URL("./echo-worker.ts", import.meta.url), { type: "module" });
  return new Promise((resolve) => {
    worker.onmessage = () => resolve({ worker, ms: performance.now() - started });
  });
}

function echo(worker: Worker, value: number): Promise<void> {
  return new Promise((resolve) => {
    worker.onmessage = () => resolve();
    worker.postMessage(value);
  });
}

const bench = {
  /** Milliseconds from `new Worker()` to its first message, once per fresh worker. */
  async workerStart(count: number): Promise<number[]> {
    const times: number[] = [];
    for (let i = 0; i < count; i++) {
      const { worker, ms } = await startEcho();
      worker.terminate();
      times.push(ms);
    }
    return times;
  },
  /** Microseconds of each postMessage round trip to one worker, after `warm` untimed ones. */
  async roundTrips(count: number, warm: number): Promise<number[]> {
    const { worker } = await startEcho();
    for (let i = 0; i < warm; i++) await echo(worker, i);
    const times: number[] = [];
    for (let i = 0; i < count; i++) {
      const started = performance.now();
      await echo(worker, i);
      times.push((performance.now() - started) * 1000);
    }
    worker.terminate();
    return times;
  },
  /** Runs a program and returns its output, exit and how many trace events reached the page. */
  async run(source: string, options: RunOptions) {
    const stdout: string[] = [];
    const stderr: string[] = [];
    let events = 0;
    const result = await run(source, options, (batch) => {
      for (const line of batch.lines) (line.stream === "stdout" ? stdout : stderr).push(line.text);
      events += batch.events.length;
    });
    return { result, stdout, stderr, events };
  },
};

(window as unknown as { bench: typeof bench }).bench = bench;
