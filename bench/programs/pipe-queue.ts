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

/**
 * Starts `child`, an echo, and returns the median of `count` timed round trips (microseconds:
 * `send(i)` then `receive()`) after `warm` untimed ones; `send(null)` then ends the child.
 */
async function echoRoundTripMicros(child: Process, count: number, warm: number, send: (value: number | null) => unknown, receive: () => Promise<unknown>): Promise<number> {
  child.start();
  const micros: number[] = [];
  for (let i = 0; i < warm + count; i++) {
    const started = performance.now();
    await send(i);
    await receive();
    if (i >= warm) micros.push((performance.now() - started) * 1000);
  }
  await send(null);
  await child.join();
  micros.sort((a, b) => a - b);
  return micros[micros.length >> 1]!;
}

if (import.meta.main) {
  const [here, there] = Pipe();
  const pipeUs = await echoRoundTripMicros(new Process({ target: echoPipe, args: [there] }), 2000, 200, (value) => here.send(value), () => here.recv());
  console.log(`pipe_round_trip_us ${pipeUs}`);

  const inbox = new Queue<number | null>();
  const outbox = new Queue<number>();
  const queueUs = await echoRoundTripMicros(new Process({ target: echoQueue, args: [inbox, outbox] }), 1000, 100, (value) => inbox.put(value), () => outbox.get());
  console.log(`queue_round_trip_us ${queueUs}`);
}
