from multiprocessing import Pipe, Process


def produce(conn):
    for i in range(3):
        conn.send(f"frame {i}")
    conn.close()  # no more data: the reader will get EOFError after the last item


if __name__ == "__main__":
    receiver, sender = Pipe(duplex=False)
    p = Process(target=produce, args=(sender,))
    p.start()
    sender.close()  # the parent's copy of the send end: without this, recv() would wait forever

    while True:
        try:
            item = receiver.recv()
        except EOFError:
            print("EOFError: every send end is closed, nothing more will come")
            break
        print(f"received {item}")
    p.join()
    print(f"producer exit code: {p.exitcode}")
