import time
from multiprocessing import Array, Process, Value

WORKERS = 4
SECONDS = 0.3  # each process increments for this long, however fast the machine is


def hammer(counter, made, slot, use_lock):
    mine = 0
    end = time.monotonic() + SECONDS
    while time.monotonic() < end:
        if use_lock:
            with counter.get_lock():  # read, add and write as one step
                counter.value += 1
        else:
            counter.value += 1  # read, add, write: another process can slip in between
        mine += 1
    made[slot] = mine  # one slot per process, so this write never races


def run(use_lock):
    counter = Value("i", 0)
    made = Array("i", WORKERS)
    processes = [
        Process(target=hammer, args=(counter, made, slot, use_lock)) for slot in range(WORKERS)
    ]
    for p in processes:
        p.start()
    for p in processes:
        p.join()
    return sum(made), counter.value


if __name__ == "__main__":
    made, counted = run(use_lock=False)
    print(f"without the lock: lost {made - counted} of {made} increments")
    made, counted = run(use_lock=True)
    print(f"with the lock: lost {made - counted} of {made} increments")
