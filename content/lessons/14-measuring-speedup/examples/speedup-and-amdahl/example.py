import multiprocessing
import statistics
import time

PARALLEL = 2_400_000  # loop steps split into 8 equal tasks
SERIAL = 240_000  # loop steps the main process always does alone


def work(n):
    total = 0
    for i in range(n):
        total += i * i % 7
    return total


def run_once(workers):
    """Wall-clock seconds of the whole job: serial part, pool start-up, parallel part."""
    start = time.perf_counter()
    work(SERIAL)  # reading input, merging results...: no pool speeds this up
    with multiprocessing.Pool(workers) as pool:
        pool.map(work, [PARALLEL // 8] * 8, chunksize=1)
    return time.perf_counter() - start


def amdahl(s, n):
    return 1 / (s + (1 - s) / n)


def fit_serial_fraction(speedup, cpus):
    # 1/S = s + (1 - s)/n  is the same as  1/S - 1/n = s * (1 - 1/n):
    # a line through the origin, so least squares gives s in one line.
    # Amdahl assumes one core per worker: rows with more workers than CPUs are left out.
    pts = [(1 - 1 / n, 1 / S - 1 / n) for n, S in speedup.items() if 1 < n <= cpus]
    if not pts:
        return 1.0  # one CPU: nothing ran in parallel
    s = sum(x * y for x, y in pts) / sum(x * x for x, _ in pts)
    return min(1.0, max(0.0, s))


if __name__ == "__main__":
    cpus = multiprocessing.cpu_count()
    print(f"cpu_count: {cpus}")
    times = {}
    for n in (1, 2, 4):
        times[n] = statistics.median(run_once(n) for _ in range(3))
    speedup = {n: times[1] / t for n, t in times.items()}
    for n, t in times.items():
        print(f"workers={n}: {t * 1000:.0f} ms, speedup {speedup[n]:.2f}, efficiency {speedup[n] / n:.2f}")
    s = fit_serial_fraction(speedup, cpus)
    limit = f"{1 / s:.1f}" if s > 0 else "none"
    print(f"fitted serial fraction s = {s:.3f}")
    print(f"Amdahl predicts S(8) = {amdahl(s, 8):.2f}, S(16) = {amdahl(s, 16):.2f}, limit 1/s = {limit}")
