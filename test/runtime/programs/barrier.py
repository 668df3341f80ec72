import multiprocessing as mp
import threading
import time


def announce():
    print("action: everyone arrived", flush=True)


def arrive(line, delay, out):
    time.sleep(delay)
    out.put(line.wait())


def lonely(line, out):
    try:
        line.wait()
        out.put("passed")
    except Exception as error:
        out.put(f"child: {type(error).__name__}")


if __name__ == "__main__":
    mp.set_start_method("spawn")
    line = mp.Barrier(3, action=announce)
    out = mp.Queue()
    processes = [mp.Process(target=arrive, args=(line, delay, out)) for delay in [0.3, 0.1, 0.2]]
    for p in processes:
        p.start()
    indices = [out.get() for _ in range(3)]
    for p in processes:
        p.join()
    print("indices", sorted(indices))
    print("parties", line.parties, "waiting", line.n_waiting, "broken", str(line.broken).lower())

    pair = mp.Barrier(3, timeout=0.3)
    results = mp.Queue()
    child = mp.Process(target=lonely, args=(pair, results))
    child.start()
    try:
        pair.wait()
    except threading.BrokenBarrierError:
        print("main: BrokenBarrierError")
    print(results.get())
    child.join()
    print("broken after timeout:", str(pair.broken).lower())
    try:
        pair.wait()
    except Exception as error:
        print("again:", type(error).__name__)
    pair.reset()
    print("after reset:", str(pair.broken).lower())
    pair.abort()
    print("after abort:", str(pair.broken).lower())
