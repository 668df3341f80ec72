import multiprocessing as mp


def echo(conn):
    while True:
        message = conn.recv()
        if message == "bye":
            break
        conn.send(f"echo {message}")
    conn.close()


def writer(conn):
    for word in ["one", "two", "three"]:
        conn.send(word)
    conn.close()


if __name__ == "__main__":
    mp.set_start_method("spawn")
    here, there = mp.Pipe()
    p = mp.Process(target=echo, args=(there,))
    p.start()
    there.close()
    here.send("hello")
    print(here.recv())
    here.send(42)
    print(here.recv())
    here.send("bye")
    p.join()
    try:
        here.recv()
    except EOFError as e:
        print("after close", type(e).__name__, True)

    reader, sender = mp.Pipe(False)
    w = mp.Process(target=writer, args=(sender,))
    w.start()
    sender.close()
    print("poll", reader.poll(30))
    words = []
    try:
        while True:
            words.append(reader.recv())
    except EOFError as e:
        print("drained", words, type(e).__name__)
    w.join()
    try:
        reader.send("x")
    except OSError as e:
        print("one-way", type(e).__name__, e)
