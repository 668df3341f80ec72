import os
import time
from multiprocessing import Pool

model = None  # one per worker process, set by load_model
loads = 0  # how many times this process has loaded the model


def load_model(name):
    global model, loads
    time.sleep(0.2)  # costly, e.g. reading weights from disk
    model = {"name": name, "labels": ["car", "person"]}
    loads += 1


def classify_naive(x):
    load_model("classifier-v1")  # loads again for every single task
    time.sleep(0.05)  # the work
    return os.getpid(), loads, model["labels"][x % 2]


def classify(x):
    time.sleep(0.05)  # the work, with the model this worker's initializer loaded
    return os.getpid(), loads, model["labels"][x % 2]


def summary(results):
    most = {}  # the highest load count seen in each worker
    for pid, n, _ in results:
        most[pid] = max(most.get(pid, 0), n)
    labels = [label for _, _, label in results]
    return sum(most.values()), sorted(set(most.values())), labels


if __name__ == "__main__":
    tasks = range(8)

    with Pool(2) as pool:
        start = time.perf_counter()
        total, _, labels = summary(pool.map(classify_naive, tasks, chunksize=1))
        elapsed = time.perf_counter() - start
    print(f"load in every task: {len(labels)} tasks, {total} model loads")
    print(f"  {elapsed:.2f} s")  # about 1.0 s

    with Pool(2, initializer=load_model, initargs=("classifier-v1",)) as pool:
        start = time.perf_counter()
        _, per_worker, labels = summary(pool.map(classify, tasks, chunksize=1))
        elapsed = time.perf_counter() - start
    print(f"initializer: {len(labels)} tasks, model loads per worker: {per_worker}")
    print(f"  {elapsed:.2f} s")  # about 0.4 s
    print(f"labels: {labels}")
