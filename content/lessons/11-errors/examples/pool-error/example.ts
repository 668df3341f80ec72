import { Pool, ValueError } from "multiprocessing";

export function parseAge(text: string): number {
  if (!/^\d+$/.test(text)) {
    throw new ValueError(`not an age: '${text}'`);
  }
  return Number(text);
}

function pyBool(b: boolean): string {
  return b ? "True" : "False"; // print booleans the way Python does
}

if (import.meta.main) {
  await using pool = new Pool(2);
  console.log(await pool.map(parseAge, ["31", "42", "7"]));

  try {
    console.log(await pool.map(parseAge, ["31", "forty", "7"]));
  } catch (e) {
    // Raised again here, in the main process, with the worker's stack attached.
    if (!(e instanceof ValueError)) throw e;
    console.log(`map raised ${e.name}: ${e.message}`);
  }

  const result = pool.applyAsync(parseAge, ["forty"]);
  await result.wait(); // the task is over; the error waits inside the result
  console.log(`ready: ${pyBool(result.ready())}, successful: ${pyBool(result.successful())}`);
  try {
    await result.get();
  } catch (e) {
    if (!(e instanceof ValueError)) throw e;
    console.log(`get() raised ${e.name}: ${e.message}`);
  }
}
