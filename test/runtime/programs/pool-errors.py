import multiprocessing as mp
import time


def check(x):
    if x % 3 == 2:
        raise ValueError(f"bad {x}")
    return x


def slow(seconds):
    time.sleep(seconds)
    return seconds


def describe(e):
    return f"{type(e).__name__}: {e}"


if __name__ == "__main__":
    mp.set_start_method("spawn")
    pool = mp.Pool(2)
    try:
        pool.map(check, [0, 1, 2, 3], 1)
    except ValueError as e:
        print("map raised", describe(e), "cause", type(e.__cause__).__name__)
    it = pool.imap(check, [0, 1, 2, 3])
    seen = []
    for i in range(4):
        try:
            seen.append(str(next(it)))
        except ValueError as e:
            seen.append(describe(e))
    print("imap", " | ".join(seen))
    errors = []
    failed = pool.apply_async(check, (5,), error_callback=lambda e: errors.append(describe(e)))
    failed.wait()
    print("error_callback", errors, "successful", failed.successful())
    pending = pool.apply_async(slow, (0.5,))
    try:
        pending.successful()
    except ValueError as e:
        print("successful early", type(e).__name__)
    try:
        pending.get(0.05)
    except mp.TimeoutError as e:
        print("get timeout", type(e).__name__, True)
    try:
        pool.join()
    except ValueError as e:
        print("join early", describe(e))
    pool.close()
    try:
        pool.apply_async(check, (1,))
    except ValueError as e:
        print("after close", describe(e))
    pool.join()
    print("pending result after join", pending.get())
