import time
from multiprocessing import Pool

WORKERS = 2  # the speedup chart rewrites this line for each run

SIZE = 16_000_000  # bytes per buffer: far larger than a core's own caches
src = None
dst = None


def init_buffers():
    # Runs once in every worker, so every worker holds its own two buffers.
    global src, dst
    src = bytes(range(256)) * (SIZE // 256)  # real data, not untouched zero pages
    dst = bytearray(SIZE)
    dst[:] = src  # touch every page now, so the timed part sees no page faults


def memory_bound(i):
    for _ in range(8):
        dst[:] = src  # copy 16 MB: the core spends its time waiting for RAM
    return dst[i]


if __name__ == "__main__":
    print(f"workers: {WORKERS}")
    with Pool(WORKERS, initializer=init_buffers) as pool:
        pool.map(memory_bound, range(WORKERS), chunksize=1)  # warm-up
        start = time.perf_counter()
        pool.map(memory_bound, range(16), chunksize=1)
        print(f"elapsed {(time.perf_counter() - start) * 1000:.1f} ms")
