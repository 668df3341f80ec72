import multiprocessing
import time


def worker(label, seconds):
    time.sleep(seconds)
    print(f"{label}: finished after {seconds} s")


if __name__ == "__main__":
    normal = multiprocessing.Process(target=worker, args=("normal child", 0.5))
    background = multiprocessing.Process(target=worker, args=("daemon child", 2))
    background.daemon = True  # must be set before start()
    normal.start()
    background.start()
    print("main: reached the end, no join", flush=True)
    # Leaving now: Python terminates the daemon child, then waits for the normal one.
