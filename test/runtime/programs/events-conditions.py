import multiprocessing as mp
import time


def waiter(go, ready):
    flag = go.wait()
    print("waiter saw the event:", str(flag).lower(), "ready =", ready.value, flush=True)


def producer(cond, items):
    for _ in range(3):
        time.sleep(0.1)
        with cond:
            items.value += 1
            cond.notify_all()


if __name__ == "__main__":
    mp.set_start_method("spawn")
    go = mp.Event()
    ready = mp.Value("i", 0)
    p = mp.Process(target=waiter, args=(go, ready))
    p.start()
    print("timed wait:", str(go.wait(0.2)).lower(), "isSet:", str(go.is_set()).lower(), flush=True)
    ready.value = 42
    go.set()
    p.join()
    go.clear()
    print("after clear:", str(go.is_set()).lower())

    cond = mp.Condition()
    items = mp.Value("i", 0, lock=False)
    q = mp.Process(target=producer, args=(cond, items))
    q.start()
    with cond:
        reached = cond.wait_for(lambda: items.value >= 3, 5)
        print("waitFor returned", str(reached).lower(), "with", items.value, "items")
        print("wait with nobody notifying:", str(cond.wait(0.1)).lower())
    q.join()
    try:
        cond.wait()
    except Exception as error:
        print(f"{type(error).__name__}: {error}")
