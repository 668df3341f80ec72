import multiprocessing as mp


def identity(x):
    return x


def show(error):
    print(f"{type(error).__name__}: {error}")


if __name__ == "__main__":
    mp.set_start_method("spawn")
    for lock in [mp.Lock(), mp.BoundedSemaphore(1)]:
        try:
            lock.release()
        except Exception as error:
            show(error)
    r = mp.RLock()
    try:
        r.release()
    except Exception as error:
        show(error)
    r.acquire()
    r.acquire()
    r.release()
    r.release()
    try:
        r.release()
    except Exception as error:
        show(error)

    lock = mp.Lock()
    print("first acquire", str(lock.acquire()).lower())
    print("non-blocking", str(lock.acquire(False)).lower())
    print("timeout", str(lock.acquire(True, 0.1)).lower())
    lock.release()
    with lock:
        print("inside with, locked:", "true" if not lock.acquire(False) else "false")
    print("after with, locked:", "false" if lock.acquire(False) else "true")
    lock.release()

    s = mp.Semaphore(3)
    s.acquire()
    print("semaphore value", s.get_value())
    s.release()
    s.release()
    print("unbounded release allowed", s.get_value())

    c = mp.Condition()
    try:
        c.notify()
    except Exception as error:
        show(error)

    no_lock = mp.Value("i", 0, lock=False)
    try:
        no_lock.get_lock()
    except Exception as error:
        show(error)

    with mp.Pool(1) as pool:
        objects = [
            mp.Lock(), mp.RLock(), mp.Semaphore(), mp.BoundedSemaphore(), mp.Event(), mp.Condition(),
            mp.Barrier(2), mp.Value("i", 0), mp.Value("i", 0, lock=False), mp.Array("i", 3),
        ]
        for obj in objects:
            try:
                pool.apply(identity, (obj,))
            except Exception as error:
                show(error)
