import { Pool, TimeoutError, sleep } from "multiprocessing";

export async function slowSquare(x: number): Promise<number> {
  await sleep(0.2); // stands in for 0.2 s of work
  return x * x;
}

if (import.meta.main) {
  await using pool = new Pool(2);
  const result = pool.mapAsync(slowSquare, [0, 1, 2, 3, 4, 5]); // an AsyncResult, at once
  try {
    await result.get(0.05);
  } catch (e) {
    if (!(e instanceof TimeoutError)) throw e;
    console.log("not ready after 0.05 s");
  }
  let checks = 0;
  while (!result.ready()) {
    checks += 1; // the main process is free: it could update a display here
    await sleep(0.05);
  }
  console.log(`ready after ${checks} checks`);
  console.log(`successful: ${result.successful() ? "True" : "False"}`);
  console.log(await result.get());
}
