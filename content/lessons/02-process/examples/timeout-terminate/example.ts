import { Process, sleep } from "multiprocessing";

export async function stuck(): Promise<void> {
  await sleep(60); // a task that hangs, like a request to a server that never answers
}

// Python prints True, False and None; spell them the same way here.
function py(value: boolean | number | null | undefined): string {
  if (value === true) return "True";
  if (value === false) return "False";
  return value == null ? "None" : String(value);
}

if (import.meta.main) {
  const p = new Process({ target: stuck });
  p.start();
  await p.join(0.5); // wait at most 0.5 s; resolves either way, it never throws
  console.log(`after join(0.5): alive=${py(p.isAlive())} exitcode=${py(p.exitcode)}`);
  p.terminate(); // the twin of SIGTERM
  await p.join(); // always join after terminate, to collect the exit code
  console.log(`after terminate: alive=${py(p.isAlive())} exitcode=${py(p.exitcode)}`);

  const q = new Process({ target: stuck });
  q.start();
  q.kill(); // the twin of SIGKILL
  await q.join();
  console.log(`after kill:      alive=${py(q.isAlive())} exitcode=${py(q.exitcode)}`);
}
