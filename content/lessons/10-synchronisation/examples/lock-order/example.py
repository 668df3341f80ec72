import time
from multiprocessing import Lock, Process, current_process


def transfer(first, second, names, delay):
    me = current_process().name
    time.sleep(delay)
    with first:
        print(f"{me} took lock {names[0]}", flush=True)
        time.sleep(0.6)  # plenty of time for the other process to take its first lock
        print(f"{me} waits for lock {names[1]}", flush=True)
        with second:
            print(f"{me} took both locks", flush=True)
            time.sleep(0.2)


if __name__ == "__main__":
    a, b = Lock(), Lock()
    p1 = Process(target=transfer, args=(a, b, "AB", 0.0))  # A, then B
    p2 = Process(target=transfer, args=(a, b, "AB", 0.2))  # also A, then B
    p1.start()
    p2.start()

    p1.join()
    p2.join()
    print(f"main: no deadlock, exit codes {p1.exitcode} and {p2.exitcode}")
