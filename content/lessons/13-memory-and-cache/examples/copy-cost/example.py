import multiprocessing
import time


def echo(payload):
    # The argument arrived as a copy; returning it sends a second copy back.
    return payload


if __name__ == "__main__":
    with multiprocessing.Pool(1) as pool:
        pool.apply(echo, (b"",))  # warm-up: the worker is running before we time
        for size in (1_000_000, 4_000_000, 16_000_000):
            payload = bytes(size)
            start = time.perf_counter()
            back = pool.apply(echo, (payload,))
            ms = (time.perf_counter() - start) * 1000
            print(f"{size} bytes there and {len(back)} bytes back: {ms:.1f} ms")
        start = time.perf_counter()
        pool.apply(echo, (b"",))
        ms = (time.perf_counter() - start) * 1000
        print(f"an empty message for comparison: {ms:.1f} ms")
