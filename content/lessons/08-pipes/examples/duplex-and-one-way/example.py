import time
from multiprocessing import Pipe, Process


def shout(conn):
    # A duplex end: this process both receives and sends on it.
    for word in iter(conn.recv, None):
        conn.send(word.upper())
    conn.close()


def late_sender(conn):
    time.sleep(0.5)
    conn.send("finally")
    conn.close()


if __name__ == "__main__":
    here, there = Pipe()  # duplex by default: both ends can send and receive
    p = Process(target=shout, args=(there,))
    p.start()
    for word in ["ping", "pong"]:
        here.send(word)
        print(f"sent {word!r}, got back {here.recv()!r}")
    here.send(None)  # the sentinel: shout() returns
    p.join()

    receiver, sender = Pipe(duplex=False)  # one-way: the first end receives, the second sends
    p = Process(target=late_sender, args=(sender,))
    p.start()
    print(f"poll(0.1): {receiver.poll(0.1)}")  # waits at most 0.1 s for something to read
    print(f"poll(30): {receiver.poll(30)}")  # returns True as soon as the message is there
    print(f"recv(): {receiver.recv()!r}")
    p.join()
