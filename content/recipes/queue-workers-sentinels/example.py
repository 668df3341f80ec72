from multiprocessing import Process, Queue

STOP = None  # the sentinel: a value no real task can be


def worker(tasks, results):
    while True:
        x = tasks.get()
        if x is STOP:
            break
        results.put((x, x * x))


if __name__ == "__main__":
    tasks = Queue()
    results = Queue()
    workers = [Process(target=worker, args=(tasks, results)) for _ in range(3)]
    for w in workers:
        w.start()

    items = list(range(1, 9))
    for x in items:
        tasks.put(x)
    for _ in workers:
        tasks.put(STOP)  # one sentinel per worker

    # Drain the results before join(): a child that still has data in a
    # queue's buffer cannot exit, and join() would wait forever.
    squares = dict(results.get() for _ in items)
    for w in workers:
        w.join()
    print([squares[x] for x in items])
    print(f"exit codes: {[w.exitcode for w in workers]}")
