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
    p1 = Process(target=transfer, args=(a, b, "AB", 0.0))  # takes A, then B
    p2 = Process(target=transfer, args=(b, a, "BA", 0.2))  # takes B, then A
    p1.start()
    p2.start()

    # join() with a timeout never hangs: it returns, and is_alive() tells us what happened.
    p1.join(timeout=1.5)
    p2.join(timeout=0.1)
    stuck = [p.name for p in (p1, p2) if p.is_alive()]
    if len(stuck) == 2:
        print(f"main: after 1.5 s both are still waiting: {', '.join(stuck)}")
        print("main: deadlock, each holds the lock the other needs; terminating both")
        for p in (p1, p2):
            p.terminate()
            p.join()
    print(f"main: exit codes {p1.exitcode} and {p2.exitcode}")
