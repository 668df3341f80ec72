import time
from multiprocessing import Process, Queue
from queue import Empty, Full  # multiprocessing's queues raise the queue module's exceptions


def produce(q):
    for i in range(3):
        time.sleep(0.1)
        q.put(f"item {i}")
    # then it returns without telling anyone


if __name__ == "__main__":
    q = Queue(maxsize=2)
    q.put("a")
    q.put("b")
    try:
        q.put("c", timeout=0.2)
    except Full:
        print("put('c') gave up after 0.2 s: the queue is full (maxsize=2)")
    print(f"got {q.get()} and {q.get()}")
    try:
        q.get(timeout=0.2)
    except Empty:
        print("get() gave up after 0.2 s: the queue is empty")

    p = Process(target=produce, args=(q,))
    p.start()
    item = q.get()  # no timeout for the first item: starting a process can take a while
    while True:
        print(f"got {item}")
        try:
            item = q.get(timeout=0.5)
        except Empty:
            print("nothing for 0.5 s: the producer is finished (or stuck)")
            break
    p.join()
    print(f"producer exit code: {p.exitcode}")
