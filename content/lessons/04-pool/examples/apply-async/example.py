import multiprocessing
import time


def slow_double(x):
    time.sleep(0.1 * (4 - x))  # the later tasks are the quicker ones
    return 2 * x


if __name__ == "__main__":
    pool = multiprocessing.Pool(4)
    results = [pool.apply_async(slow_double, (x,)) for x in range(4)]  # returns at once
    print(f"submitted, ready: {[r.ready() for r in results]}")
    pool.close()  # no more tasks will come
    pool.join()  # wait until the workers have finished every task and exited
    print(f"after join, ready: {[r.ready() for r in results]}")
    print(f"results in submission order: {[r.get() for r in results]}")
