import { Pool, ValueError } from "multiprocessing";

export function parseAge(text: string): number {
  if (!/^\d+$/.test(text)) {
    throw new ValueError(`not an age: '${text}'`);
  }
  return Number(text);
}

if (import.meta.main) {
  const ages: number[] = [];
  const errors: string[] = [];

  // Both callbacks run in the main process.
  const recordAge = (age: unknown): void => {
    ages.push(age as number);
  };
  const recordError = (e: unknown): void => {
    const err = e as Error;
    errors.push(`${err.name}: ${err.message}`);
  };

  {
    await using pool = new Pool(2);
    for (const text of ["31", "forty", "7", "", "88"]) {
      pool.applyAsync(parseAge, [text], { callback: recordAge, errorCallback: recordError });
    }
    pool.close();
    await pool.join(); // after this, every callback has run
  }

  ages.sort((a, b) => a - b); // callbacks run in completion order, so sort
  console.log(`ages: [${ages.join(", ")}]`);
  for (const line of errors.sort()) {
    console.log(line);
  }
}
