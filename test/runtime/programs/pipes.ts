import { Connection, EOFError, Pipe, Process } from "multiprocessing";

export async function echo(conn: Connection): Promise<void> {
  for (;;) {
    const message = await conn.recv();
    if (message === "bye") break;
    conn.send(`echo ${message}`);
  }
  conn.close();
}

export function writer(conn: Connection): void {
  for (const word of ["one", "two", "three"]) conn.send(word);
  conn.close();
}

if (import.meta.main) {
  const [here, there] = Pipe();
  const p = new Process({ target: echo, args: [there] });
  p.start();
  there.close();
  here.send("hello");
  console.log(await here.recv());
  here.send(42);
  console.log(await here.recv());
  here.send("bye");
  await p.join();
  try {
    await here.recv();
  } catch (e) {
    console.log("after close", (e as Error).name, e instanceof EOFError ? "True" : "False");
  }

  const [reader, sender] = Pipe(false);
  const w = new Process({ target: writer, args: [sender] });
  w.start();
  sender.close();
  console.log("poll", (await reader.poll(30)) ? "True" : "False");
  const words: unknown[] = [];
  try {
    for (;;) words.push(await reader.recv());
  } catch (e) {
    console.log("drained", words, (e as Error).name);
  }
  await w.join();
  try {
    reader.send("x");
  } catch (e) {
    console.log("one-way", (e as Error).name, (e as Error).message);
  }
}
