# Lines keep the order processes printed them in, across Event.set, Queue.put, Pipe.send and
# Semaphore.release: each process prints two lines and then wakes the next, which prints at once.
import multiprocessing as mp


def first(go, q):
    go.wait()
    print("first: woken by Event.set", flush=True)
    print("first: puts on the queue", flush=True)
    q.put(1)


def second(q, out):
    q.get()
    print("second: woken by Queue.put", flush=True)
    print("second: sends on the pipe", flush=True)
    out.send(2)


def third(inbox, done):
    inbox.recv()
    print("third: woken by Pipe.send", flush=True)
    print("third: releases the semaphore", flush=True)
    done.release()


if __name__ == "__main__":
    mp.set_start_method("spawn")
    go = mp.Event()
    q = mp.Queue()
    inbox, out = mp.Pipe(False)
    done = mp.Semaphore(0)
    ps = [
        mp.Process(target=first, args=(go, q)),
        mp.Process(target=second, args=(q, out)),
        mp.Process(target=third, args=(inbox, done)),
    ]
    for p in ps:
        p.start()
    print("main: starts the relay", flush=True)
    print("main: sets the event", flush=True)
    go.set()
    done.acquire()
    print("main: woken by Semaphore.release", flush=True)
    for p in ps:
        p.join()
