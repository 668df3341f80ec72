import time
from multiprocessing import Pool

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
        for chunksize in (1, 5, 25, 50, 200):
            start = time.perf_counter()
            check = sum(pool.map(work, items, chunksize=chunksize))
            rate = len(items) / (time.perf_counter() - start)
            tasks = -(-len(items) // chunksize)  # ceiling division
            bar = "#" * round(rate / 250)
            default = "  (map's default here)" if chunksize == 50 else ""
            print(f"chunksize {chunksize:>3}: {tasks:>3} tasks, check {check}{default}")
            print(f"  {rate:6.0f} items/s {bar}")
