import { Pool, ValueError } from "multiprocessing";

export function parseAge(text: string): number {
  if (!/^\d+$/.test(text)) {
    throw new ValueError(`not an age: '${text}'`);
  }
  return Number(text);
}

if (import.meta.main) {
  const inputs = ["31", "forty", "7", "", "88", "-3"];
  const ages = new Map<string, number>();
  const errors: [string, string][] = [];
  {
    await using pool = new Pool(2);
    const results = pool.imap(parseAge, inputs);
    for (const text of inputs) {
      // One next() per input: a failed task raises here, and the following results still come.
      try {
        const { value } = await results.next();
        ages.set(text, value);
      } catch (e) {
        const err = e as Error;
        errors.push([text, `${err.name}: ${err.message}`]);
      }
    }
  }
  const shown = [...ages].map(([text, age]) => `'${text}': ${age}`);
  console.log(`ages: {${shown.join(", ")}}`);
  for (const [text, message] of errors) {
    console.log(`error for '${text}': ${message}`);
  }
}
