import time
from multiprocessing import JoinableQueue, Process, Queue


def worker(tasks, results):
    while True:
        x = tasks.get()
        if x is None:
            tasks.task_done()
            break
        time.sleep(0.05 * x)  # the work
        results.put(x * x)
        tasks.task_done()  # exactly one task_done() for every get()


if __name__ == "__main__":
    tasks, results = JoinableQueue(), Queue()
    workers = [Process(target=worker, args=(tasks, results)) for _ in range(2)]
    for w in workers:
        w.start()

    for round_number, batch in [(1, [1, 2, 3, 4]), (2, [5, 6])]:
        for x in batch:
            tasks.put(x)
        tasks.join()  # blocks until task_done() was called once for every put()
        squares = sorted(results.get() for _ in batch)
        print(f"round {round_number}: all {len(batch)} tasks done, squares {squares}")

    for _ in workers:
        tasks.put(None)
    tasks.join()
    for w in workers:
        w.join()
    print(f"workers alive after the sentinels: {sum(w.is_alive() for w in workers)}")
