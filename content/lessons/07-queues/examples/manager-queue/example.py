import multiprocessing
import time


def task(x, progress):
    time.sleep(0.1)  # the work
    progress.put(f"task {x} done")  # progress is a proxy: any process may use it
    return x * x


if __name__ == "__main__":
    with multiprocessing.Manager() as manager:
        progress = manager.Queue()  # lives in the manager's process, not in this one
        with multiprocessing.Pool(2) as pool:
            result = pool.starmap_async(task, [(x, progress) for x in range(6)])
            seen = [progress.get() for _ in range(6)]  # live, while the pool works
            squares = result.get()
    print(f"progress messages: {sorted(seen)}")
    print(f"squares: {squares}")
