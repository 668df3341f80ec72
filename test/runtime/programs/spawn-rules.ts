import { PicklingError, Pool, Process, RuntimeError, Queue, getStartMethod, setStartMethod } from "multiprocessing";

export function work(_q: Queue<number>): void {
  console.log("never runs");
}

export function identity(x: unknown): unknown {
  return x;
}

function notExported(): void {}

let configured = "unset";

export function showGlobal(): void {
  console.log("child sees", configured);
}

if (import.meta.main) {
  configured = "set in main";
  console.log("start method", getStartMethod());
  try {
    setStartMethod("fork");
  } catch (e) {
    console.log("fork", (e as Error).name);
  }
  for (const target of [() => 1, notExported]) {
    try {
      new Process({ target }).start();
    } catch (e) {
      console.log("target rejected", (e as Error).name, e instanceof PicklingError ? "True" : "False");
    }
  }
  const child = new Process({ target: showGlobal });
  child.start();
  await child.join();
  await using pool = new Pool(1);
  try {
    await pool.apply(identity, [new Queue()]);
  } catch (e) {
    console.log((e as Error).name, (e as Error).message, e instanceof RuntimeError ? "True" : "False");
  }
  try {
    await pool.apply(identity, [() => 1]);
  } catch (e) {
    console.log("lambda argument", (e as Error).name);
  }
}
