import signal
import time
from multiprocessing import Process

SIMULATE_CTRL_C = True  # set to False, run it, and press Ctrl-C yourself


def long_job(seconds):
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        time.sleep(0.05)  # a long job in small steps


if __name__ == "__main__":
    processes = [Process(target=long_job, args=(2.0,)) for _ in range(3)]
    for p in processes:
        p.start()
    print(f"started {len(processes)} processes", flush=True)
    try:
        if SIMULATE_CTRL_C:
            time.sleep(0.5)
            signal.raise_signal(signal.SIGINT)  # what Ctrl-C does to the main process
        for p in processes:
            p.join()
    except KeyboardInterrupt:
        print("Ctrl-C: terminating every process")
        for p in processes:
            p.terminate()  # ask it to stop (SIGTERM)...
            p.join()  # ...and wait until it has, so none is left behind
    for p in processes:
        print(f"{p.name} exit code {p.exitcode}")
