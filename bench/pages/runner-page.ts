// The runtime benchmark page: raw Web Worker timings (the floor any runtime pays) and programs run
// through the real runner with the options the site uses, exposed to bench/run.mjs as `window.bench`.
import { run, type RunOptions } from "../../src/runner/runner.ts";
import type { RawPeerRequest } from "./raw-peer-protocol.ts";

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

/** A raw peer worker, once it said it is ready. */
function startPeer(): Promise<Worker> {
  const worker = new Worker(new URL("./raw-peer-worker.ts", import.meta.url), { type: "module" });
  return new Promise((resolve) => {
    worker.onmessage = () => resolve(worker);
  });
}

/** Sends a request to a peer and resolves with its answer. */
function ask<T>(worker: Worker, request: RawPeerRequest, transfer: Transferable[] = []): Promise<T> {
  return new Promise((resolve) => {
    worker.onmessage = (event) => resolve(event.data as T);
    worker.postMessage(request, transfer);
  });
}

/** Milliseconds for `tasks` calls of burn(work) on `workers` raw workers, each taking the next task when free. */
async function burnAll(peers: Worker[], tasks: number, work: number): Promise<number> {
  const started = performance.now();
  let next = 0;
  await Promise.all(
    peers.map(async (peer) => {
      while (next < tasks) {
        next += 1;
        await ask(peer, { type: "burn", n: work });
      }
    }),
  );
  return performance.now() - started;
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
  /**
   * Microseconds of each round trip between two workers over a MessageChannel, the transport a
   * Pool uses, after `warm` untimed ones.
   */
  async channelRoundTrips(count: number, warm: number): Promise<number[]> {
    const [pinger, echoer] = await Promise.all([startPeer(), startPeer()]);
    const channel = new MessageChannel();
    await ask(echoer, { type: "echo-on", port: channel.port2 }, [channel.port2]);
    const times = await ask<number[]>(pinger, { type: "ping", port: channel.port1, count, warm }, [channel.port1]);
    pinger.terminate();
    echoer.terminate();
    return times;
  },
  /**
   * The CPU-bound work of bench/programs/cpu-speedup.ts on raw workers, without the runtime, in the
   * same order: 1 worker's runs alternating with N's (1, N, N, 1, ...) for N = 2..`maxWorkers`, after
   * a warm-up per worker set. `cpu_ms_<workers>` lists as the program prints them.
   */
  async rawCpu(maxWorkers: number, tasks: number, work: number, runs: number): Promise<Record<string, number[]>> {
    const figures: Record<string, number[]> = { cpu_ms_1: [] };
    const single = [await startPeer()];
    await burnAll(single, 2, work / 4);
    for (let workers = 2; workers <= maxWorkers; workers++) {
      const peers = await Promise.all(Array.from({ length: workers }, startPeer));
      await burnAll(peers, workers * 2, work / 4);
      const times: number[] = (figures[`cpu_ms_${workers}`] = []);
      for (let run = 0; run < runs; run++) {
        const singleFirst = run % 2 === 0;
        if (singleFirst) figures.cpu_ms_1!.push(await burnAll(single, tasks, work));
        times.push(await burnAll(peers, tasks, work));
        if (!singleFirst) figures.cpu_ms_1!.push(await burnAll(single, tasks, work));
      }
      for (const peer of peers) peer.terminate();
    }
    single[0]!.terminate();
    return figures;
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
