import time
from multiprocessing import Pool, TimeoutError, active_children


def slow_square(x):
    time.sleep(1.0)
    return x * x


if __name__ == "__main__":
    with Pool(2) as pool:
        result = pool.map_async(slow_square, [1, 2])
        time.sleep(0.5)  # both workers are now busy with a task each

        workers = active_children()  # the pool's worker processes
        workers[0].kill()  # what the out-of-memory killer does: no exception, no cleanup
        print(f"killed 1 of {len(workers)} workers in the middle of its task")

        try:
            print(result.get(timeout=1.5))
        except TimeoutError:
            print("no result after 1.5 s: the dead worker's task is lost")
            print("without the timeout, get() would wait forever")
    # leaving the with block terminates the pool, replacement worker included
