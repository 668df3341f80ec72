import time
from multiprocessing import Process, Semaphore, Value


def download(n, slots, inside, peak):
    with slots:  # at most two processes are past this line at any moment
        with inside.get_lock():
            inside.value += 1
            peak.value = max(peak.value, inside.value)
        time.sleep(0.3)  # the "download": waiting on the network
        with inside.get_lock():
            inside.value -= 1


if __name__ == "__main__":
    slots = Semaphore(2)
    inside = Value("i", 0)  # how many processes hold a slot right now
    peak = Value("i", 0)  # the most that ever held one at once
    processes = [Process(target=download, args=(n, slots, inside, peak)) for n in range(6)]
    start = time.perf_counter()
    for p in processes:
        p.start()
    for p in processes:
        p.join()
    elapsed = time.perf_counter() - start
    print(f"6 downloads done, at most {peak.value} at a time")
    print(f"took {elapsed:.1f} s (three rounds of two)")
