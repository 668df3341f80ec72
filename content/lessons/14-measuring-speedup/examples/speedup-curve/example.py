import time
from multiprocessing import Pool

WORKERS = 2  # the speedup chart rewrites this line for each run

TASKS = 24  # splits evenly over 1, 2, 3, 4, 6, 8 or 12 workers
STEPS = 350_000  # loop steps per task
SERIAL = TASKS * STEPS // 10  # a tenth as much again, done by the main process alone


def work(n):
    total = 0
    for i in range(n):
        total += i * i % 7
    return total


if __name__ == "__main__":
    print(f"workers: {WORKERS}")
    start = time.perf_counter()
    work(SERIAL)  # reading input, merging results...: no pool speeds this up
    with Pool(WORKERS) as pool:  # start-up is part of the job too
        pool.map(work, [STEPS] * TASKS, chunksize=1)
    print(f"elapsed {(time.perf_counter() - start) * 1000:.1f} ms")
