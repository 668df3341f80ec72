# stop-after: 2.5 (this twin sends SIGINT to its own process group, as Ctrl-C in a terminal does)
# The Ctrl-C recipe: workers ignore the interrupt, the main catches it, terminates and joins.
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
    try:
        pool.map(nap, [5, 5])
    except KeyboardInterrupt:
        print("main caught KeyboardInterrupt")
        pool.terminate()
        pool.join()
    print("clean exit")
