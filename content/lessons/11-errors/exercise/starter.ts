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
    let i = 0;
    // The first bad input raises out of this loop, and every result after it is lost.
    for await (const age of pool.imap(parseAge, inputs)) {
      ages.set(inputs[i], age);
      i += 1;
    }
  }
  const shown = [...ages].map(([text, age]) => `'${text}': ${age}`);
  console.log(`ages: {${shown.join(", ")}}`);
  for (const [text, message] of errors) {
    console.log(`error for '${text}': ${message}`);
  }
}
