# An RLock belongs to one thread: another thread of the same process blocks on it and may not
# release it. The same holds for a Condition's lock. Lock and RLock reprs name the owner.
import multiprocessing as mp
import threading
import time

r = mp.RLock()
lock = mp.Lock()
cond = mp.Condition()


def intruder():
    try:
        r.release()
    except AssertionError as e:
        print(f"intruder release: {type(e).__name__}: {e}")
    print("intruder non-blocking:", str(r.acquire(False)).lower())
    print("intruder with timeout:", str(r.acquire(timeout=0.05)).lower())
    print("intruder sees", repr(r), repr(lock))
    r.acquire()
    print("intruder got it", repr(r))
    r.acquire()
    print("intruder twice", repr(r))
    r.release()
    r.release()


def holder():
    r.acquire()
    r.acquire()
    print("holder holds", repr(r))
    time.sleep(0.1)
    r.release()
    print("holder still holds", repr(r))
    time.sleep(0.1)
    print("holder releases")
    r.release()


def waiter():
    with cond:
        print("waiter waits")
        cond.wait()
        print("waiter woke")
    print("waiter left the condition")


def stranger():
    try:
        cond.notify()
    except AssertionError as e:
        print(f"stranger notify: {type(e).__name__}: {e}")
    try:
        cond.wait(0.01)
    except AssertionError as e:
        print(f"stranger wait: {type(e).__name__}: {e}")


if __name__ == "__main__":
    print("free", repr(r), repr(lock))
    r.acquire()
    lock.acquire()
    print("main holds", repr(r), repr(lock))
    t = threading.Thread(target=intruder)
    t.start()
    time.sleep(0.3)
    print("main releases")
    lock.release()
    r.release()
    t.join()

    a = threading.Thread(target=holder, name="H")
    b = threading.Thread(target=intruder, name="I")
    a.start()
    time.sleep(0.02)
    b.start()
    a.join()
    b.join()

    w = threading.Thread(target=waiter)
    w.start()
    time.sleep(0.1)
    with cond:
        s = threading.Thread(target=stranger)
        s.start()
        s.join()
        cond.notify()
        print("main notified")
    w.join()
