import statistics
import time


def work(n):
    total = 0
    for i in range(n):
        total += i * i % 7
    return total


def measure(fn, arg, repeat=7):
    """Run fn(arg) repeat times and return each wall-clock time in milliseconds."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn(arg)
        times.append((time.perf_counter() - start) * 1000)
    return times


if __name__ == "__main__":
    start = time.perf_counter()
    work(200_000)  # the first, cold call: measured on its own, then set aside
    first = (time.perf_counter() - start) * 1000

    times = measure(work, 200_000)
    median = statistics.median(times)
    print(f"first call (cold): {first:.2f} ms")
    print(f"repeats after warm-up: {len(times)}")
    print(f"median: {median:.2f} ms")
    print(f"min: {min(times):.2f} ms, max: {max(times):.2f} ms")
    print(f"spread: {(max(times) - min(times)) / median * 100:.0f}% of the median")
