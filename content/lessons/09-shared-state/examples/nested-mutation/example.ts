import { Manager, Process } from "multiprocessing";
import type { DictProxy } from "multiprocessing";

export async function record(scores: DictProxy<string, number[]>): Promise<void> {
  (await scores.get("alice")).push(90); // appends to a copy that is thrown away

  const bob = await scores.get("bob"); // a copy of the list...
  bob.push(75); // ...changed here...
  await scores.set("bob", bob); // ...and written back: this is what the manager stores
}

if (import.meta.main) {
  await using manager = await Manager();
  const scores = await manager.dict();
  await scores.set("alice", []);
  await scores.set("bob", []);

  const p = new Process({ target: record, args: [scores] });
  p.start();
  await p.join();

  const alice = (await scores.get("alice")) as number[];
  const bob = (await scores.get("bob")) as number[];
  console.log(`alice: [${alice.join(", ")}]`);
  console.log(`bob: [${bob.join(", ")}]`);
}
