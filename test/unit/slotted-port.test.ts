// A pool's messages to and from its workers go through a shared-memory slot when they are small
// plain data, else through the MessagePort; either way each arrives once, equal to what was sent,
// and in the order it was sent.
import { test } from "node:test";
import assert from "node:assert/strict";
import { isPlainData, SlottedPort, slottedChannel, spinFor, WatchPolicy, watchPorts } from "../../src/runtime/internal/slotted-port.ts";

test("plain data is what JSON carries exactly: no undefined, -0, NaN, shared objects or class instances", () => {
  assert.equal(isPlainData({ type: "tasks", tasks: [{ job: 1, items: [[1, "two", null, true, 2.5]] }] }), true);
  assert.equal(isPlainData(Object.assign(Object.create(null), { a: 1 })), true);
  for (const value of [undefined, [undefined], { a: undefined }, -0, NaN, Infinity, 1n, new Date(0), new Map(), new Uint8Array(2), new SharedArrayBuffer(8), () => 1, [, 1]]) {
    assert.equal(isPlainData(value), false, `${String(value)} is not plain data`);
  }
  const shared = { x: 1 };
  assert.equal(isPlainData([shared, shared]), false, "an object reached twice would come back as two");
  assert.equal(isPlainData(Object.assign([1, 2], { label: "x" })), false, "JSON drops an array's named properties");
  class Point {
    x = 1;
  }
  assert.equal(isPlainData(new Point()), false);
  assert.equal(isPlainData(new Array(300).fill(1)), false, "too many values");
  assert.equal(isPlainData("x".repeat(5000)), false, "too long");
});

/** Two ends of one channel, what each end received, and how many messages took the port. */
function pair() {
  const [first, second] = slottedChannel();
  const viaPort = { count: 0 };
  for (const port of [first.port, second.port]) {
    const postMessage = port.postMessage.bind(port);
    port.postMessage = ((message: unknown, transfer: Transferable[] = []) => {
      viaPort.count += 1;
      postMessage(message, transfer);
    }) as typeof port.postMessage;
  }
  const a = new SlottedPort<unknown, unknown>(first, { hintsSmall: true });
  const b = new SlottedPort<unknown, unknown>(second);
  const atA: unknown[] = [];
  const atB: unknown[] = [];
  a.onmessage = (message) => atA.push(message);
  b.onmessage = (message) => atB.push(message);
  return { a, b, atA, atB, viaPort, port2: second.port, close: () => (a.close(), b.close()) };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

test("messages of both kinds arrive once each, equal, and in the order sent", async () => {
  const { a, b, atA, atB, viaPort, close } = pair();
  b.watching(true);
  const sent = [
    { type: "tasks", n: 1 },
    { type: "big", values: new Array(1000).fill(7) },
    { type: "tasks", n: 2 },
    { type: "odd", value: undefined, when: new Date(5) },
    { type: "tasks", n: 3 },
    { type: "tasks", n: 4 },
  ];
  for (const message of sent) a.post(message);
  await settle();
  assert.deepEqual(atB, sent);
  assert.equal(b.peerSendsSmall, true, "the last one was small");
  assert.ok(viaPort.count >= 2 && viaPort.count < sent.length, `${viaPort.count} of ${sent.length} took the port`);
  a.post({ type: "big", values: new Array(1000).fill(7) });
  await settle();
  assert.equal(b.peerSendsSmall, false);
  b.post({ type: "results", ok: true });
  b.post({ type: "results", ok: false });
  await settle();
  assert.deepEqual(atA, [
    { type: "results", ok: true },
    { type: "results", ok: false },
  ]);
  assert.equal(a.peerSendsSmall, false, "b was not made to say whether its messages are small");
  close();
});

test("a ping-pong of small messages goes through the slot, never the port", async () => {
  const { a, b, atA, viaPort, close } = pair();
  a.watching(true);
  b.watching(true);
  b.onmessage = (message) => b.post({ echo: message });
  for (let i = 0; i < 50; i++) {
    a.post(i);
    while (atA.length === i) await new Promise((resolve) => setImmediate(resolve));
  }
  assert.deepEqual(
    atA,
    Array.from({ length: 50 }, (_, i) => ({ echo: i })),
  );
  assert.equal(viaPort.count, 0);
  close();
});

test("poll hands over a message waiting in the slot at once, without waiting for a task", () => {
  const { a, b, atB, close } = pair();
  b.watching(true);
  assert.equal(b.poll(), false);
  a.post({ type: "tasks", n: 1 });
  assert.equal(b.poll(), true);
  assert.deepEqual(atB, [{ type: "tasks", n: 1 }]);
  assert.equal(b.poll(), false, "taken once");
  a.post({ type: "tasks", n: 2 });
  assert.equal(
    spinFor(() => b.poll()),
    true,
  );
  assert.equal(spinFor(() => b.poll(), 200), false, "nothing more: gives up after its time");
  assert.deepEqual(atB, [{ type: "tasks", n: 1 }, { type: "tasks", n: 2 }]);
  close();
});

test("a small message for a side that is not watching takes the port, and says it was small", async () => {
  const { a, b, atB, viaPort, close } = pair();
  a.post({ type: "tasks", n: 1 });
  assert.equal(viaPort.count, 1);
  assert.equal(b.poll(), false, "nothing in the slot");
  assert.equal(b.peerSendsSmall, true);
  await settle();
  assert.deepEqual(atB, [{ type: "tasks", n: 1 }]);
  a.post({ type: "tasks", n: 2 });
  assert.equal(
    watchPorts([b], () => false),
    false,
    "a port message is not seen by watching",
  );
  await settle();
  assert.deepEqual(atB, [{ type: "tasks", n: 1 }, { type: "tasks", n: 2 }]);
  close();
});

test("an end that moves keeps its order: a message in the slot is handled before it leaves, the new owner goes on with the slot", async () => {
  const { a, b, atA, atB, viaPort, port2, close } = pair();
  b.post({ before: 1 });
  await settle();
  assert.deepEqual(atA, [{ before: 1 }]);
  b.watching(true);
  a.post({ n: 1 });
  assert.equal(viaPort.count, 1, "the first went by slot");
  const end = b.detach();
  assert.equal(end.port, port2);
  assert.deepEqual(atB, [{ n: 1 }], "handled at the old owner, before the move");
  a.post({ n: 2 });
  assert.equal(viaPort.count, 2, "nobody watches: the port");
  const moved = new SlottedPort<unknown, unknown>(end);
  const atMoved: unknown[] = [];
  moved.onmessage = (message) => atMoved.push(message);
  await settle();
  assert.deepEqual(atMoved, [{ n: 2 }]);
  assert.deepEqual(atB, [{ n: 1 }], "the old owner hears nothing more");
  moved.watching(true);
  a.post({ n: 3 });
  a.watching(true);
  moved.post({ after: 2 });
  assert.equal(viaPort.count, 2, "both ways by slot again: the count of port messages moved with the end");
  assert.equal(moved.poll(), true);
  assert.deepEqual(atMoved, [{ n: 2 }, { n: 3 }]);
  assert.equal(a.poll(), true);
  assert.deepEqual(atA, [{ before: 1 }, { after: 2 }]);
  moved.close();
  close();
});

test("a kind of wait whose watch caught nothing skips watching fifteen times, then tries again", () => {
  const policy = new WatchPolicy();
  const watched: string[] = [];
  const watchFor = (kind: string, catches: boolean) => policy.watch(kind, () => (watched.push(kind), catches));
  watchFor("queue.get", false);
  for (let i = 0; i < 15; i++) watchFor("queue.get", true);
  watchFor("dict.get", true);
  assert.deepEqual(watched, ["queue.get", "dict.get"], "skipped after its miss; another kind watches on");
  watchFor("queue.get", true);
  watchFor("queue.get", true);
  assert.deepEqual(watched, ["queue.get", "dict.get", "queue.get", "queue.get"], "the sixteenth tries again, and a catch restores watching");
});
