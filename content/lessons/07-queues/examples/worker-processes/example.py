import time
from multiprocessing import Process, Queue

N_WORKERS = 2


def load_model():
    time.sleep(0.3)  # a costly setup: paid once per worker, not once per task
    return {"scale": 10}


def worker(tasks, results):
    model = load_model()
    results.put(("setup", None))
    for x in iter(tasks.get, None):  # call tasks.get() until it returns the sentinel None
        time.sleep(0.1)  # the work
        results.put(("result", (x, x * model["scale"])))
    # returning ends the process with exit code 0


if __name__ == "__main__":
    tasks, results = Queue(), Queue()
    workers = [Process(target=worker, args=(tasks, results)) for _ in range(N_WORKERS)]
    for w in workers:
        w.start()

    for x in range(8):
        tasks.put(x)
    for _ in workers:
        tasks.put(None)  # one sentinel per worker: each stops after taking one

    # Drain first: exactly one setup message per worker and one result per task.
    messages = [results.get() for _ in range(N_WORKERS + 8)]
    for w in workers:
        w.join()  # only now: every worker has handed over everything it put

    pairs = sorted(value for kind, value in messages if kind == "result")
    setups = sum(1 for kind, _ in messages if kind == "setup")
    print(f"results: {pairs}")
    print(f"setups: {setups} for {len(pairs)} tasks")
    print(f"exit codes: {[w.exitcode for w in workers]}")
