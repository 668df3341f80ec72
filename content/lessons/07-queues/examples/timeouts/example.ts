import { Empty, Full, Process, Queue, sleep } from "multiprocessing";

export async function produce(q: Queue<string>): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await sleep(0.1);
    await q.put(`item ${i}`);
  }
  // then it returns without telling anyone
}

if (import.meta.main) {
  const q = new Queue<string>(2);
  await q.put("a");
  await q.put("b");
  try {
    await q.put("c", true, 0.2);
  } catch (e) {
    if (!(e instanceof Full)) throw e;
    console.log("put('c') gave up after 0.2 s: the queue is full (maxsize=2)");
  }
  const first = await q.get();
  const second = await q.get();
  console.log(`got ${first} and ${second}`);
  try {
    await q.get(true, 0.2);
  } catch (e) {
    if (!(e instanceof Empty)) throw e;
    console.log("get() gave up after 0.2 s: the queue is empty");
  }

  const p = new Process({ target: produce, args: [q] });
  p.start();
  let item = await q.get(); // no timeout for the first item: starting a process can take a while
  while (true) {
    console.log(`got ${item}`);
    try {
      item = await q.get(true, 0.5);
    } catch (e) {
      if (!(e instanceof Empty)) throw e;
      console.log("nothing for 0.5 s: the producer is finished (or stuck)");
      break;
    }
  }
  await p.join();
  console.log(`producer exit code: ${p.exitcode}`);
}
