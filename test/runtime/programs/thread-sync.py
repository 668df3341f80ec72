# order: any
import sys
import threading
import time


def say(*parts):
    # One write per line, so lines of different threads never interleave.
    sys.stdout.write(" ".join(str(p) for p in parts) + "\n")
    sys.stdout.flush()

lock = threading.Lock()
go = threading.Event()
line = threading.Barrier(2)
slots = threading.Semaphore(1)


def holder():
    with lock:
        say("holder took the lock")
        time.sleep(0.2)
        say("holder releases")


def other():
    time.sleep(0.05)
    say("other, non-blocking:", str(lock.acquire(False)).lower())
    lock.acquire()
    say("other got the lock after the holder")
    lock.release()


def starter(name):
    go.wait()
    say(f"{name} started")
    index = line.wait()
    with slots:
        say(f"{name} passed the barrier", str(index >= 0).lower())


if __name__ == "__main__":
    pair = [threading.Thread(target=holder), threading.Thread(target=other)]
    for t in pair:
        t.start()
    for t in pair:
        t.join()

    starters = [threading.Thread(target=starter, args=(name,), name=f"T{i}") for i, name in enumerate(["first", "second"])]
    for t in starters:
        t.start()
    time.sleep(0.1)
    say("main sets the event")
    go.set()
    for t in starters:
        t.join()
