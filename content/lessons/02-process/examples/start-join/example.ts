import { Process, currentProcess, sleep } from "multiprocessing";

export async function greet(name: string, delay: number): Promise<void> {
  await sleep(delay);
  const me = currentProcess();
  console.log(`${me.name}: hello, ${name}`);
}

// Python prints True, False and None; spell them the same way here.
function py(value: boolean | number | null | undefined): string {
  if (value === true) return "True";
  if (value === false) return "False";
  return value == null ? "None" : String(value);
}

if (import.meta.main) {
  const p = new Process({ target: greet, args: ["Ada", 0.5] });
  console.log(`before start: name=${p.name} pid=${py(p.pid)} alive=${py(p.isAlive())} exitcode=${py(p.exitcode)}`);
  p.start();
  console.log(`after start:  pid=${py(p.pid)} alive=${py(p.isAlive())} exitcode=${py(p.exitcode)}`);
  await p.join(); // waits here until greet has returned
  console.log(`after join:   alive=${py(p.isAlive())} exitcode=${py(p.exitcode)}`);
}
