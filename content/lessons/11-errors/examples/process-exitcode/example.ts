import { Process, Queue, ValueError, currentProcess } from "multiprocessing";

export function parseAge(text: string): number {
  if (!/^\d+$/.test(text)) {
    throw new ValueError(`not an age: '${text}'`);
  }
  return Number(text);
}

export function parseAll(texts: string[]): void {
  for (const text of texts) {
    const age = parseAge(text);
    console.log(`${currentProcess().name} parsed ${age}`);
  }
}

export async function parseAllReporting(texts: string[], results: Queue): Promise<void> {
  try {
    await results.put(["ok", texts.map(parseAge)]);
  } catch (e) {
    // send the error home instead of dying with it
    const err = e as Error;
    await results.put(["error", `${err.name}: ${err.message}`]);
  }
}

if (import.meta.main) {
  let p = new Process({ target: parseAll, args: [["31", "forty"]] });
  p.start();
  await p.join(); // the traceback went to the child's stderr; the parent only gets a number
  console.log(`${p.name} exit code: ${p.exitcode}`);

  const results = new Queue();
  p = new Process({ target: parseAllReporting, args: [["31", "forty"], results] });
  p.start();
  const [status, detail] = (await results.get()) as [string, string]; // read before join
  await p.join();
  console.log(`${p.name} reported ${status}: ${detail} (exit code ${p.exitcode})`);
}
