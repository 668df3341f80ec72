import multiprocessing
import time

SIZE = 32_000_000  # bytes per buffer: far larger than any CPU cache
src = None
dst = None


def init_buffers():
    # Runs once in every worker, so every worker holds its own two buffers.
    global src, dst
    src = bytes(range(256)) * (SIZE // 256)  # real data, not untouched zero pages
    dst = bytearray(SIZE)
    dst[:] = src  # touch every page now, so the timed part sees no page faults


def memory_bound(i):
    for _ in range(4):
        dst[:] = src  # copy 32 MB: the core spends its time waiting for RAM
    return dst[i]


def compute_bound(i):
    x = i
    for _ in range(400_000):
        x = (x * 75 + 74) % 65537  # a few numbers in registers: no memory traffic
    return x


def timed(task, workers):
    with multiprocessing.Pool(workers, initializer=init_buffers) as pool:
        pool.map(task, range(workers), chunksize=1)  # warm-up
        start = time.perf_counter()
        pool.map(task, range(8), chunksize=1)
        return (time.perf_counter() - start) * 1000


if __name__ == "__main__":
    print(f"buffers per worker: {2 * SIZE} bytes, for 2 workers: {2 * 2 * SIZE} bytes")
    for name, task in (("compute-bound", compute_bound), ("memory-bound", memory_bound)):
        one = timed(task, 1)
        two = timed(task, 2)
        print(f"{name}: 1 worker {one:.0f} ms, 2 workers {two:.0f} ms, speedup {one / two:.2f}x")
