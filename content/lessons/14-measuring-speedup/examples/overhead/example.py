import multiprocessing
import statistics
import time


def nothing():
    pass


def tiny(x):
    return x + 1


def ms_since(start):
    return (time.perf_counter() - start) * 1000


if __name__ == "__main__":
    # spawn, like the page; under fork, start-up is several times cheaper
    ctx = multiprocessing.get_context("spawn")

    starts = []
    for _ in range(3):
        start = time.perf_counter()
        p = ctx.Process(target=nothing)
        p.start()
        p.join()
        starts.append(ms_since(start))
    print(f"start and join one process: {statistics.median(starts):.1f} ms")

    with ctx.Pool(1) as pool:
        pool.apply(tiny, (0,))  # warm-up: start-up is not part of a message's cost
        trips = []
        for i in range(50):
            start = time.perf_counter()
            pool.apply(tiny, (i,))
            trips.append(ms_since(start))
    trip = statistics.median(trips)
    print(f"one tiny task through a pool: {trip:.3f} ms")

    start = time.perf_counter()
    for i in range(50):
        tiny(i)
    print(f"the same call in this process: {ms_since(start) / 50:.5f} ms")
    print(f"to keep messages under 1% of the time, a task should compute for {100 * trip:.0f} ms or more")
