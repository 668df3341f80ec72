# order: any (the non-daemon child may finish before or after the main program's last line)
# At exit the main program waits for non-daemon children and terminates daemon ones.
import multiprocessing as mp
import time


def finishes():
    time.sleep(0.2)
    print("non-daemon finished", flush=True)


def forever(started):
    print("daemon started", flush=True)
    started.put("started")
    time.sleep(60)
    print("daemon never gets here", flush=True)


if __name__ == "__main__":
    mp.set_start_method("spawn")
    started = mp.Queue()
    worker = mp.Process(target=finishes)
    background = mp.Process(target=forever, args=(started,), daemon=True)
    worker.start()
    background.start()
    started.get()
    print("main ends without join", flush=True)
