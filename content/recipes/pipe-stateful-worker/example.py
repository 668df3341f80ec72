from multiprocessing import Pipe, Process


def running_mean(conn):
    count, total = 0, 0.0  # state that lives as long as the process
    while True:
        x = conn.recv()
        if x is None:  # the parent's signal to stop
            break
        count += 1
        total += x
        conn.send(total / count)
    conn.close()


if __name__ == "__main__":
    parent_end, child_end = Pipe()
    p = Process(target=running_mean, args=(child_end,))
    p.start()
    child_end.close()  # the parent keeps only its own end
    for x in [10, 20, 60, 10]:
        parent_end.send(x)
        print(f"sent {x}, mean so far {parent_end.recv():.1f}")
    parent_end.send(None)
    p.join()
    print(f"worker exit code: {p.exitcode}")
