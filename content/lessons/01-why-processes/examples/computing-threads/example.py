import threading
import time

N = 4_000_000  # about 0.3 s of pure-Python arithmetic per task


def crunch(n):
    # Pure-Python arithmetic: the thread needs the GIL for every step.
    total = 0
    for i in range(n):
        total += i % 7 * (i % 5)
    return total


if __name__ == "__main__":
    start = time.perf_counter()
    crunch(N)
    crunch(N)
    one_after_another = time.perf_counter() - start

    start = time.perf_counter()
    threads = [threading.Thread(target=crunch, args=(N,)) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    with_threads = time.perf_counter() - start

    print(f"2 tasks, one after another: {one_after_another:.2f} s")
    print(f"2 tasks on 2 threads:       {with_threads:.2f} s")
    print(f"speedup from threads: {one_after_another / with_threads:.2f}x")
