import multiprocessing as mp
import queue


def produce(q, start):
    for i in range(start, start + 50):
        q.put(i)


def consume(q, out):
    while True:
        item = q.get()
        if item is None:
            break
        out.put(item)


def worker(jobs, results):
    while True:
        n = jobs.get()
        results.put(n * 10)
        jobs.task_done()


if __name__ == "__main__":
    mp.set_start_method("spawn")
    small = mp.Queue(1)
    small.put(1)
    try:
        small.put(2, True, 0.05)
    except queue.Full as e:
        print("put timeout", type(e).__name__, True)
    try:
        small.put_nowait(2)
    except queue.Full as e:
        print("put_nowait", type(e).__name__)
    print("qsize", small.qsize(), "full", small.full())
    print("got", small.get())
    try:
        small.get(True, 0.05)
    except queue.Empty as e:
        print("get timeout", type(e).__name__, True)
    try:
        small.get_nowait()
    except queue.Empty as e:
        print("get_nowait", type(e).__name__)

    q = mp.Queue()
    out = mp.Queue()
    producers = [mp.Process(target=produce, args=(q, start)) for start in (0, 100, 200)]
    consumers = [mp.Process(target=consume, args=(q, out)) for _ in (1, 2)]
    for p in producers + consumers:
        p.start()
    for p in producers:
        p.join()
    for _ in consumers:
        q.put(None)
    received = []
    while len(received) < 150:
        received.append(out.get())
    for c in consumers:
        c.join()
    print("received", len(received), "unique", len(set(received)), "sum", sum(received))

    jobs = mp.JoinableQueue()
    results = mp.Queue()
    w = mp.Process(target=worker, args=(jobs, results), daemon=True)
    w.start()
    for n in range(1, 6):
        jobs.put(n)
    jobs.join()
    print("joined", sorted(results.get() for _ in range(5)))
    try:
        jobs.task_done()
    except ValueError as e:
        print("extra task_done", type(e).__name__, e)
    q.close()
    try:
        q.put(1)
    except ValueError as e:
        print("closed", type(e).__name__)
