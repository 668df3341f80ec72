import { PicklingError, Process, setStartMethod } from "multiprocessing";

export function square(x: number): number {
  return x * x;
}

export function makeAdder(n: number): (x: number) => number {
  function add(x: number): number {
    // a nested function: no name the child could import it by
    return x + n;
  }
  return add;
}

async function tryToSend(label: string, func: (x: number) => number): Promise<void> {
  const p = new Process({ target: func, args: [3] });
  try {
    p.start(); // the runtime checks here, in the parent, that the target can be sent
  } catch (e) {
    if (!(e instanceof PicklingError)) throw e;
    console.log(`${label}: cannot be sent`);
    return;
  }
  await p.join();
  console.log(`${label}: sent, exitcode ${p.exitcode}`);
}

if (import.meta.main) {
  // The runtime always spawns, so every target must be an exported top-level function.
  setStartMethod("spawn");
  await tryToSend("top-level function", square);
  await tryToSend("lambda", (x: number) => x * x);
  await tryToSend("nested function", makeAdder(1));
}
