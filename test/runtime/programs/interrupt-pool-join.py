# stop-after: 2.5 (this twin sends SIGINT to its own process group, as Ctrl-C in a terminal does)
# Ctrl-C while the main process waits in pool.join(): the join raises KeyboardInterrupt at once,
# and terminate() then ends the workers still busy with their tasks.
import multiprocessing as mp
import os
import signal
import threading
import time


def init_worker():
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def nap(seconds):
    time.sleep(seconds)
    return seconds


if __name__ == "__main__":
    mp.set_start_method("spawn")
    threading.Timer(2.5, lambda: os.killpg(os.getpgid(0), signal.SIGINT)).start()
    pool = mp.Pool(2, initializer=init_worker)
    results = [pool.apply_async(nap, (5,)) for _ in range(2)]
    pool.close()
    started = time.monotonic()
    try:
        pool.join()
    except KeyboardInterrupt:
        print("join interrupted")
        pool.terminate()
        pool.join()
    print("waited less than 3 s:", time.monotonic() - started < 3)
    print("results ready:", sum(r.ready() for r in results), "of", len(results))
