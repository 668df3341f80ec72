import { Pool, TimeoutError, ValueError, sleep } from "multiprocessing";

export function check(x: number): number {
  if (x % 3 === 2) throw new ValueError(`bad ${x}`);
  return x;
}

export async function slow(seconds: number): Promise<number> {
  await sleep(seconds);
  return seconds;
}

const describe = (e: unknown): string => `${(e as Error).name}: ${(e as Error).message}`;

if (import.meta.main) {
  const pool = new Pool(2);
  try {
    await pool.map(check, [0, 1, 2, 3], 1);
  } catch (e) {
    console.log("map raised", describe(e), "cause", ((e as Error).cause as Error).name);
  }
  const it = pool.imap(check, [0, 1, 2, 3]);
  const seen: string[] = [];
  for (let i = 0; i < 4; i++) {
    try {
      const step = await it.next();
      seen.push(String(step.value));
    } catch (e) {
      seen.push(describe(e));
    }
  }
  console.log("imap", seen.join(" | "));
  const errors: string[] = [];
  const failed = pool.applyAsync(check, [5], { errorCallback: (e) => errors.push(describe(e)) });
  await failed.wait();
  console.log("error_callback", errors, "successful", failed.successful() ? "True" : "False");
  const pending = pool.applyAsync(slow, [0.5]);
  try {
    pending.successful();
  } catch (e) {
    console.log("successful early", (e as Error).name);
  }
  try {
    await pending.get(0.05);
  } catch (e) {
    console.log("get timeout", (e as Error).name, e instanceof TimeoutError ? "True" : "False");
  }
  try {
    await pool.join();
  } catch (e) {
    console.log("join early", describe(e));
  }
  pool.close();
  try {
    pool.applyAsync(check, [1]);
  } catch (e) {
    console.log("after close", describe(e));
  }
  await pool.join();
  console.log("pending result after join", await pending.get());
}
