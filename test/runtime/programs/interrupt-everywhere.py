# stop-after: 2.5 (this twin sends SIGINT to its own process group, as Ctrl-C in a terminal does)
# Without the recipe, Ctrl-C reaches every process: each busy worker dies with its own traceback.
import multiprocessing as mp
import os
import signal
import threading
import time


def nap(seconds):
    time.sleep(seconds)


def spin():
    n = 0
    while n >= 0:
        n = (n + 1) % 1_000_000


if __name__ == "__main__":
    mp.set_start_method("spawn")
    threading.Timer(2.5, lambda: os.killpg(os.getpgid(0), signal.SIGINT)).start()
    children = [mp.Process(target=nap, args=(5,)), mp.Process(target=spin)]
    for child in children:
        child.start()
    try:
        for child in children:
            child.join()
    except KeyboardInterrupt as e:
        print("main:", type(e).__name__, True)
    for child in children:
        child.join()
    print("exit codes", [c.exitcode for c in children])
