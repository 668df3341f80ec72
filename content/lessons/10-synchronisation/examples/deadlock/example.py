import time
from multiprocessing import Barrier, Event, Lock, Process, current_process


def transfer(first, second, names, my_turn, your_turn, about_to_block):
    # The processes take turns (two Events), so each holds its first lock before either asks for
    # its second: the unlucky timing that deadlocks, staged to happen on every run.
    me = current_process().name
    my_turn.wait()
    with first:
        print(f"{me} took lock {names[0]}", flush=True)
        my_turn.clear()
        your_turn.set()  # your turn: take your first lock
        time.sleep(0.2)  # works with the first account
        my_turn.wait()  # until the other process hands the turn back
        print(f"{me} waits for lock {names[1]}", flush=True)
        your_turn.set()
        about_to_block.wait()
        with second:
            print(f"{me} took both locks", flush=True)
            time.sleep(0.2)


if __name__ == "__main__":
    a, b = Lock(), Lock()
    turn1, turn2 = Event(), Event()
    about_to_block = Barrier(3)  # both workers and the main process
    p1 = Process(target=transfer, args=(a, b, "AB", turn1, turn2, about_to_block))  # takes A, then B
    p2 = Process(target=transfer, args=(b, a, "BA", turn2, turn1, about_to_block))  # takes B, then A
    p1.start()
    p2.start()
    turn1.set()  # Process-1 goes first
    about_to_block.wait()  # both hold one lock and are asking for the other's

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
