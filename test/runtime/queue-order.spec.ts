// A put into an unbounded queue waits for no reply (queue.ts): the item must still be in the queue
// for everything the process does after it, in this process and in a child it starts next. CPython
// cannot promise this (its feeder thread may not have sent the item yet), so there is no twin.
import { expect, test } from "@playwright/test";
import { expectNoProcessWorkers, openHarness, runInPage } from "./harness-page.ts";

test("an unbounded put is in the queue for whatever the process does next", async ({ page }) => {
  await openHarness(page);
  const source = `import { Process, Queue } from "multiprocessing";
export async function take(q: Queue<number>): Promise<void> { console.log("child got", await q.getNowait()); }
if (import.meta.main) {
  const q = new Queue<number>();
  for (const n of [1, 2, 3]) await q.put(n);
  console.log("qsize", await q.qsize());
  console.log("got", await q.getNowait());
  const child = new Process({ target: take, args: [q] });
  child.start();
  await child.join();
  console.log("left", await q.qsize());
}
`;
  const run = await runInPage(page, source);
  expect(run.result, run.stderr.join("\n")).toMatchObject({ kind: "exit", exit: { exitcode: 0 } });
  expect(run.stdout).toEqual(["qsize 3", "got 1", "child got 2", "left 1"]);
  await expectNoProcessWorkers(page);
});
