# A callback that raises kills the pool's result handler: later results never arrive.
import multiprocessing as mp
import time


def negate(x):
    return -x


def bad_callback(result):
    raise RuntimeError("callback failed")


if __name__ == "__main__":
    mp.set_start_method("spawn")
    pool = mp.Pool(1)
    pool.apply_async(negate, (1,), callback=bad_callback)
    time.sleep(0.3)
    later = pool.apply_async(negate, (2,))
    try:
        print(later.get(1))
    except mp.TimeoutError as e:
        print("after bad callback", type(e).__name__, True)
    try:
        pool.terminate()
    except AssertionError:
        pass  # terminate() itself trips over the dead result handler in CPython
