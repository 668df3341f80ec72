import time
from multiprocessing import Pool

WORKERS = 2  # the speedup chart rewrites this line for each run

STEPS = 150_000


def compute_bound(i):
    x = i
    for _ in range(STEPS):
        x = (x * 75 + 74) % 65537  # a few numbers in registers: no memory traffic
    return x


if __name__ == "__main__":
    print(f"workers: {WORKERS}")
    with Pool(WORKERS) as pool:
        pool.map(compute_bound, range(WORKERS), chunksize=1)  # warm-up
        start = time.perf_counter()
        pool.map(compute_bound, range(16), chunksize=1)
        print(f"elapsed {(time.perf_counter() - start) * 1000:.1f} ms")
