// Lines keep the order processes printed them in, across Event.set, Queue.put, Pipe.send and
// Semaphore.release: each process prints two lines and then wakes the next, which prints at once.
import { Event, Pipe, Process, Queue, Semaphore } from "multiprocessing";
import type { Connection } from "multiprocessing";

export async function first(go: Event, q: Queue<number>): Promise<void> {
  await go.wait();
  console.log("first: woken by Event.set");
  console.log("first: puts on the queue");
  await q.put(1);
}

export async function second(q: Queue<number>, out: Connection): Promise<void> {
  await q.get();
  console.log("second: woken by Queue.put");
  console.log("second: sends on the pipe");
  out.send(2);
}

export async function third(inbox: Connection, done: Semaphore): Promise<void> {
  await inbox.recv();
  console.log("third: woken by Pipe.send");
  console.log("third: releases the semaphore");
  done.release();
}

if (import.meta.main) {
  const go = new Event();
  const q = new Queue<number>();
  const [inbox, out] = Pipe(false);
  const done = new Semaphore(0);
  const ps = [
    new Process({ target: first, args: [go, q] }),
    new Process({ target: second, args: [q, out] }),
    new Process({ target: third, args: [inbox, done] }),
  ];
  for (const p of ps) p.start();
  console.log("main: starts the relay");
  console.log("main: sets the event");
  go.set();
  await done.acquire();
  console.log("main: woken by Semaphore.release");
  for (const p of ps) await p.join();
}
