import { EOFError, Pipe, Process, type Connection } from "multiprocessing";

export function produce(conn: Connection): void {
  for (let i = 0; i < 3; i++) {
    conn.send(`frame ${i}`);
  }
  conn.close(); // no more data: the reader will get EOFError after the last item
}

if (import.meta.main) {
  const [receiver, sender] = Pipe(false);
  const p = new Process({ target: produce, args: [sender] });
  p.start();
  sender.close(); // the parent's copy of the send end: without this, recv() would wait forever

  while (true) {
    let item: unknown;
    try {
      item = await receiver.recv();
    } catch (e) {
      if (!(e instanceof EOFError)) throw e;
      console.log("EOFError: every send end is closed, nothing more will come");
      break;
    }
    console.log(`received ${item}`);
  }
  await p.join();
  console.log(`producer exit code: ${p.exitcode}`);
}
