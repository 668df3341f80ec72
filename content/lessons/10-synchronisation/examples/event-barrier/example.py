import time
from multiprocessing import Barrier, Event, Process

WORKERS = 3


def worker(i, ready, go, line):
    ready.wait()  # tell the main process this worker is running
    go.wait()  # sleep until the main process says go
    time.sleep(0.2 * (i + 1))  # phase 1 takes a different time in each worker
    print(f"worker {i} finished phase 1", flush=True)
    if line.wait() == 0:  # all wait here for the slowest; exactly one gets index 0
        print(f"all {WORKERS} reached the barrier, phase 2 starts together", flush=True)
    time.sleep(0.2)  # phase 2


if __name__ == "__main__":
    ready = Barrier(WORKERS + 1)  # the workers and the main process
    go = Event()
    line = Barrier(WORKERS)
    processes = [Process(target=worker, args=(i, ready, go, line)) for i in range(WORKERS)]
    for p in processes:
        p.start()
    time.sleep(0.3)  # the main process prepares something the workers need
    ready.wait()  # every worker has started, so all of them see go at the same moment
    print("main: setup done, go!", flush=True)
    go.set()
    for p in processes:
        p.join()
    print("main: all workers joined")
