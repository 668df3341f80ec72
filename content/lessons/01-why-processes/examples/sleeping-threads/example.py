import threading
import time


def download(seconds):
    # Stands in for waiting on the network. Like real I/O, time.sleep releases
    # the GIL while it waits, so the other threads can run in the meantime.
    time.sleep(seconds)


if __name__ == "__main__":
    start = time.perf_counter()
    threads = [threading.Thread(target=download, args=(0.5,)) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    elapsed = time.perf_counter() - start
    print(f"4 downloads of 0.5 s each took {elapsed:.2f} s")
    print("the waits overlapped" if elapsed < 1.0 else "the waits ran one after another")
