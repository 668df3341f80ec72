import time
from multiprocessing import Event, Lock, Process, current_process


def transfer(first, second, names, my_turn, your_turn):
    me = current_process().name
    my_turn.wait()
    with first:
        print(f"{me} took lock {names[0]}", flush=True)
        your_turn.set()  # your turn: ask for your first lock
        time.sleep(0.2)  # works with the first account
        print(f"{me} waits for lock {names[1]}", flush=True)
        with second:
            print(f"{me} took both locks", flush=True)
            time.sleep(0.2)


if __name__ == "__main__":
    a, b = Lock(), Lock()
    turn1, turn2 = Event(), Event()
    p1 = Process(target=transfer, args=(a, b, "AB", turn1, turn2))  # A, then B
    p2 = Process(target=transfer, args=(a, b, "AB", turn2, turn1))  # also A, then B
    p1.start()
    p2.start()
    turn1.set()  # Process-1 goes first

    p1.join()
    p2.join()
    print(f"main: no deadlock, exit codes {p1.exitcode} and {p2.exitcode}")
