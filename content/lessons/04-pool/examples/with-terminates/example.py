import multiprocessing
import time


def slow_double(x):
    time.sleep(0.5)  # stands in for 0.5 s of work
    return 2 * x


if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        pending = [pool.apply_async(slow_double, (x,)) for x in range(2)]
    # Leaving the block called pool.terminate(): the workers are gone, mid-task.
    try:
        pending[0].get(timeout=1)
    except multiprocessing.TimeoutError:
        print("broken: the tasks died with the pool")

    with multiprocessing.Pool(2) as pool:
        pending = [pool.apply_async(slow_double, (x,)) for x in range(2)]
        results = [r.get() for r in pending]  # wait for the results inside the block
    print(f"fixed: {results}")
