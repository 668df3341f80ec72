import signal
import time
from multiprocessing import Pool


def init_worker():
    # Ctrl-C sends SIGINT to every process in the terminal's process group;
    # the workers ignore it, so only the parent raises KeyboardInterrupt.
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def slow_square(x):
    time.sleep(0.1)
    return x * x


if __name__ == "__main__":
    pool = Pool(2, initializer=init_worker)
    try:
        print(pool.map(slow_square, range(8)))
    except KeyboardInterrupt:
        print("interrupted: stopping the workers")
        pool.terminate()
    else:
        pool.close()
    pool.join()
    print("pool shut down cleanly")
