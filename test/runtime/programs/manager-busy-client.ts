// One client calls a manager in a tight loop (small calls, which travel through the shared slots
// while the server watches them) until another client, connecting meanwhile, sets a Map (not plain
// JSON data, so it takes the port): the new connection and the port call get through, the loop
// sees the change and ends, and the Map arrives whole.
import { Manager, Process, sleep } from "multiprocessing";
import type { DictProxy } from "multiprocessing";

export async function poll(shared: DictProxy<string, unknown>): Promise<void> {
  await shared.set("polling", true);
  while ((await shared.get("stop", null)) === null);
}

export async function stop(shared: DictProxy<string, unknown>): Promise<void> {
  await shared.set("stop", new Map([[1, "a"]]));
}

if (import.meta.main) {
  await using manager = await Manager();
  const shared = await manager.dict();
  const poller = new Process({ target: poll, args: [shared] });
  poller.start();
  while ((await shared.get("polling", false)) === false) await sleep(0.01);
  const stopper = new Process({ target: stop, args: [shared] });
  stopper.start();
  await stopper.join();
  console.log("stopper exit code", stopper.exitcode);
  await poller.join();
  console.log("poller exit code", poller.exitcode);
  console.log("stop[1] =", ((await shared.get("stop")) as Map<number, string>).get(1));
}
