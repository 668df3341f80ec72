import signal
import time
from multiprocessing import Pool

SIMULATE_CTRL_C = True  # set to False, run it, and press Ctrl-C yourself


def init_worker():
    # Workers ignore Ctrl-C: the main process alone decides what happens next.
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def slow_square(x):
    time.sleep(0.3)
    return x * x


if __name__ == "__main__":
    pool = Pool(2, initializer=init_worker)
    try:
        for i, square in enumerate(pool.imap(slow_square, range(8))):
            print(f"got {square}", flush=True)
            if SIMULATE_CTRL_C and i == 2:
                signal.raise_signal(signal.SIGINT)  # what Ctrl-C does to the main process
        pool.close()  # no more tasks; the workers finish and exit
        print("all done")
    except KeyboardInterrupt:
        print("Ctrl-C: terminating the pool")
        pool.terminate()  # stop the workers now, queued tasks included
    finally:
        pool.join()  # wait until every worker has exited
    print("pool shut down")
