import { AssertionError, Process, ValueError, activeChildren, currentProcess, parentProcess, sleep } from "multiprocessing";

/** Python's spelling of null and booleans, so both twins print the same text. */
const py = (v: unknown): unknown => (v === null || v === undefined ? "None" : v === true ? "True" : v === false ? "False" : v);

export function work(): void {
  console.log(`child ${currentProcess().name} parent ${parentProcess()?.name}`);
}

export async function nap(seconds: number): Promise<void> {
  await sleep(seconds);
}

if (import.meta.main) {
  console.log(currentProcess().name, py(parentProcess()));
  const p = new Process({ target: work });
  console.log(p.name, py(p.pid), py(p.exitcode), py(p.isAlive()));
  p.start();
  await p.join();
  console.log(p.exitcode, py(p.isAlive()));
  try {
    p.start();
  } catch (e) {
    console.log((e as Error).name, (e as Error).message, py(e instanceof AssertionError));
  }
  const q = new Process({ target: work });
  try {
    await q.join();
  } catch (e) {
    console.log((e as Error).name, (e as Error).message);
  }
  const slow = new Process({ target: nap, args: [5] });
  slow.start();
  console.log("active", activeChildren().map((c) => c.name));
  await slow.join(0.05);
  console.log("after join timeout", py(slow.isAlive()), py(slow.exitcode));
  try {
    slow.close();
  } catch (e) {
    console.log((e as Error).name, (e as Error).message, py(e instanceof ValueError));
  }
  slow.terminate();
  await slow.join();
  console.log("terminate", slow.exitcode);
  const killed = new Process({ target: nap, args: [5] });
  killed.start();
  killed.kill();
  await killed.join();
  console.log("kill", killed.exitcode);
  console.log("active", activeChildren().length);
}
