// A Queue's shared memory (ring of records, counters, lock) and the kernel's keeping of the items
// the ring cannot carry: records come out whole and in order across the ring's end, the kernel
// hands each claimed number its own item whichever comes first, and a claim nobody will take goes
// back to the end of the queue.
import { test } from "node:test";
import assert from "node:assert/strict";
import { QueueMemory } from "../../src/runtime/internal/queue-memory.ts";
import { QueueOverflow } from "../../src/runtime/kernel/queue-overflow.ts";

/** A queue "q" whose memory the kernel's overflow knows, and the replies it sent ("pid/req: item"). */
function kernelQueue(): { memory: QueueMemory; overflow: QueueOverflow; replies: string[] } {
  const buffer = QueueMemory.allocate();
  const replies: string[] = [];
  const overflow = new QueueOverflow((pid, req, result) => replies.push(`${pid}/${req}: ${result.ok ? String(result.value.item) : result.error.name}`));
  overflow.create("q", buffer);
  return { memory: new QueueMemory(buffer), overflow, replies };
}

test("records come out whole and in order, many times round the ring", () => {
  const memory = new QueueMemory(QueueMemory.allocate());
  let next = 0;
  let expected = 0;
  for (let round = 0; round < 200; round++) {
    // Puts run ahead of gets until the ring is full, so writes and reads cross its end often.
    while (memory.push(JSON.stringify({ n: next, text: "é𝄞x".repeat(next % 97) }), next + 1)) next += 1;
    for (let take = Math.ceil(memory.size() / 2); take > 0; take--) {
      const record = memory.shift();
      assert.ok(record);
      const value = JSON.parse(record.text) as { n: number; text: string };
      assert.equal(value.n, expected);
      assert.equal(value.text, "é𝄞x".repeat(expected % 97));
      assert.equal(record.flow, expected + 1);
      expected += 1;
    }
  }
  assert.equal(memory.size(), next - expected);
  while (memory.shift()) expected += 1;
  assert.equal(expected, next);
  assert.equal(memory.size(), 0);
  assert.equal(memory.shift(), null);
});

test("while an item waits at the kernel, puts go there too; claims take the numbers in order", () => {
  const memory = new QueueMemory(QueueMemory.allocate());
  assert.equal(memory.push('"a"', 0), true);
  assert.equal(memory.countOverflowPut(), 0);
  assert.equal(memory.push('"c"', 0), false, "the ring takes nothing while an item waits at the kernel");
  assert.equal(memory.countOverflowPut(), 1);
  assert.equal(memory.size(), 3);
  assert.equal(memory.shift()?.text, '"a"');
  assert.equal(memory.shift(), null);
  assert.equal(memory.claimOverflow(), 0);
  assert.equal(memory.claimOverflow(), 1);
  assert.equal(memory.claimOverflow(), null);
  assert.equal(memory.size(), 0);
  assert.equal(memory.push('"d"', 0), true, "the ring takes items again once the kernel's are claimed");
});

test("the kernel hands each number its item, whether the take or the item comes first", () => {
  const { memory, overflow, replies } = kernelQueue();
  const [first, second] = [memory.countOverflowPut(), memory.countOverflowPut()];
  overflow.put("q", second, { item: "second", flow: 0 });
  overflow.take(7, 1, "q", memory.claimOverflow()!);
  assert.deepEqual(replies, [], "number 0 has not arrived");
  overflow.take(8, 1, "q", memory.claimOverflow()!);
  assert.deepEqual(replies, ["8/1: second"]);
  overflow.put("q", first, { item: "first", flow: 0 });
  assert.deepEqual(replies, ["8/1: second", "7/1: first"]);
});

test("a withdrawn take, or a taker that exited, puts its item back at the end of the queue", () => {
  const { memory, overflow, replies } = kernelQueue();
  const seqs = [memory.countOverflowPut(), memory.countOverflowPut()];
  overflow.take(7, 1, "q", memory.claimOverflow()!);
  overflow.take(8, 2, "q", memory.claimOverflow()!);
  assert.equal(memory.size(), 0);
  overflow.withdraw(7, "q", seqs[0]!);
  assert.deepEqual(replies, ["7/1: KeyboardInterrupt"]);
  overflow.dropProcess(8);
  // Both items arrive after their takers left: each is counted again under a new number (typed
  // arrays, which stay at the kernel rather than move into the ring).
  overflow.put("q", seqs[0]!, { item: new Uint8Array([1]), flow: 0 });
  overflow.put("q", seqs[1]!, { item: new Uint8Array([2]), flow: 0 });
  assert.equal(memory.size(), 2);
  overflow.take(9, 1, "q", memory.claimOverflow()!);
  overflow.take(9, 2, "q", memory.claimOverflow()!);
  assert.deepEqual(replies, ["7/1: KeyboardInterrupt", "9/1: 1", "9/2: 2"]);
});

test("the kernel releases the lock of a process that exited holding it, and only that one", () => {
  const { memory, overflow } = kernelQueue();
  memory.lock(5);
  overflow.dropProcess(6);
  assert.equal(Atomics.load(memory.cells, 0), 5, "another process's exit leaves the lock held");
  overflow.dropProcess(5);
  memory.lock(6);
  memory.unlock();
});

test("plain items at the kernel move back into the ring in order once they are next; others stay", () => {
  const { memory, overflow, replies } = kernelQueue();
  // A typed array goes to the kernel; the plain items after it follow it there.
  const seqs = [memory.countOverflowPut(), memory.countOverflowPut(), memory.countOverflowPut(), memory.countOverflowPut()];
  overflow.put("q", seqs[1]!, { item: "b", flow: 2 });
  overflow.put("q", seqs[2]!, { item: "c", flow: 3 });
  assert.equal(memory.shift(), null, "b is not next: the typed array is");
  overflow.put("q", seqs[0]!, { item: new Uint8Array([1]), flow: 1 });
  overflow.take(7, 1, "q", memory.claimOverflow()!);
  assert.deepEqual(replies, ["7/1: 1"]);
  // Its take moved b and c, which had come, into the ring; d, on its way, moves when it comes.
  assert.equal(memory.size(), 3);
  assert.deepEqual([memory.shift()?.text, memory.shift()?.text], ['"b"', '"c"']);
  overflow.put("q", seqs[3]!, { item: "d", flow: 4 });
  assert.deepEqual(memory.shift(), { text: '"d"', flow: 4 });
  assert.equal(memory.size(), 0);
  assert.equal(memory.push('"e"', 5), true, "with nothing left at the kernel, puts use the ring again");
});
