import multiprocessing
import time

N = 4_000_000  # about 0.3 s of pure-Python arithmetic per task


def crunch(n):
    # The same arithmetic, but each process has its own interpreter and its own GIL.
    total = 0
    for i in range(n):
        total += i % 7 * (i % 5)
    return total


if __name__ == "__main__":
    print(f"CPUs on this machine: {multiprocessing.cpu_count()}")

    start = time.perf_counter()
    crunch(N)
    crunch(N)
    one_after_another = time.perf_counter() - start

    start = time.perf_counter()
    processes = [multiprocessing.Process(target=crunch, args=(N,)) for _ in range(2)]
    for p in processes:
        p.start()
    for p in processes:
        p.join()
    with_processes = time.perf_counter() - start

    print(f"2 tasks, one after another: {one_after_another:.2f} s")
    print(f"2 tasks in 2 processes:     {with_processes:.2f} s")
    print(f"speedup from processes: {one_after_another / with_processes:.2f}x")
