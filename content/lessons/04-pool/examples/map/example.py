import multiprocessing
import time


def slow_square(x):
    time.sleep(0.2)  # stands in for 0.2 s of work
    return x * x


if __name__ == "__main__":
    start = time.perf_counter()
    with multiprocessing.Pool(4) as pool:
        results = pool.map(slow_square, range(8))
    elapsed = time.perf_counter() - start
    print(results)
    print(f"8 tasks of 0.2 s on 4 workers took {elapsed:.2f} s")
