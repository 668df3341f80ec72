// Bench program: the round trip of one small message to a child process and back, over a Pipe
// (send, the child's recv and send, recv) and over two Queues (put, the child's get and put, get),
// timed message by message after untimed ones.
import { Pipe, Process, Queue } from "multiprocessing";
import type { Connection } from "multiprocessing";

export async function echoPipe(conn: Connection): Promise<void> {
  for (;;) {
    const value = await conn.recv();
    if (value === null) return;
    conn.send(value);
  }
}

export async function echoQueue(inbox: Queue<number | null>, outbox: Queue<number>): Promise<void> {
  for (;;) {
    const value = await inbox.get();
    if (value === null) return;
    await outbox.put(value);
  }
}

/** The median of `count` timed round trips (microseconds) after `warm` untimed ones. */
async function medianMicros(count: number, warm: number, roundTrip: (i: number) => Promise<void>): Promise<number> {
  const micros: number[] = [];
  for (let i = 0; i < warm + count; i++) {
    const started = performance.now();
    await roundTrip(i);
    if (i >= warm) micros.push((performance.now() - started) * 1000);
  }
  micros.sort((a, b) => a - b);
  return micros[micros.length >> 1]!;
}

if (import.meta.main) {
  const [here, there] = Pipe();
  const piped = new Process({ target: echoPipe, args: [there] });
  piped.start();
  const pipeUs = await medianMicros(2000, 200, async (i) => {
    here.send(i);
    await here.recv();
  });
  here.send(null);
  await piped.join();
  console.log(`pipe_round_trip_us ${pipeUs}`);

  const inbox = new Queue<number | null>();
  const outbox = new Queue<number>();
  const queued = new Process({ target: echoQueue, args: [inbox, outbox] });
  queued.start();
  const queueUs = await medianMicros(1000, 100, async (i) => {
    await inbox.put(i);
    await outbox.get();
  });
  await inbox.put(null);
  await queued.join();
  console.log(`queue_round_trip_us ${queueUs}`);
}
