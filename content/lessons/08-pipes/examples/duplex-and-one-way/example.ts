import { Pipe, Process, sleep, type Connection } from "multiprocessing";

export async function shout(conn: Connection): Promise<void> {
  // A duplex end: this process both receives and sends on it.
  for (let word = await conn.recv(); word !== null; word = await conn.recv()) {
    conn.send((word as string).toUpperCase());
  }
  conn.close();
}

export async function lateSender(conn: Connection): Promise<void> {
  await sleep(0.5);
  conn.send("finally");
  conn.close();
}

const py = (b: boolean) => (b ? "True" : "False");

if (import.meta.main) {
  const [here, there] = Pipe(); // duplex by default: both ends can send and receive
  let p = new Process({ target: shout, args: [there] });
  p.start();
  for (const word of ["ping", "pong"]) {
    here.send(word);
    console.log(`sent '${word}', got back '${await here.recv()}'`);
  }
  here.send(null); // the sentinel: shout() returns
  await p.join();

  const [receiver, sender] = Pipe(false); // one-way: the first end receives, the second sends
  p = new Process({ target: lateSender, args: [sender] });
  p.start();
  console.log(`poll(0.1): ${py(await receiver.poll(0.1))}`); // waits at most 0.1 s for something to read
  console.log(`poll(30): ${py(await receiver.poll(30))}`); // returns True as soon as the message is there
  console.log(`recv(): '${await receiver.recv()}'`);
  await p.join();
}
