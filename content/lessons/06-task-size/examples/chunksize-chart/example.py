import time
from multiprocessing import Pool

CHUNKSIZE = 50  # the throughput chart rewrites this line for each run

N = 3_000  # CPython loop steps per unit of work: a unit is about 0.2 ms


def crunch(n):
    total = 0
    for i in range(n):
        total += (i % 7) * (i % 5)
    return total


def work(i):
    # Small, uneven tasks: the last 100 items cost 8 units each, the others 1.
    crunch(N * (8 if i >= 300 else 1))
    return i % 10


if __name__ == "__main__":
    items = list(range(400))
    with Pool(2) as pool:
        pool.map(work, [0, 1])  # warm up: both workers running before any timing
        start = time.perf_counter()
        check = sum(pool.map(work, items, chunksize=CHUNKSIZE))
        elapsed = time.perf_counter() - start
    print(f"chunksize {CHUNKSIZE}: {-(-len(items) // CHUNKSIZE)} tasks, check {check}")
    print(f"items {len(items)}")
    print(f"elapsed {elapsed * 1000:.1f} ms")
