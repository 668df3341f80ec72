import multiprocessing as mp
import time


def work():
    print(f"child {mp.current_process().name} parent {mp.parent_process().name}")


def nap(seconds):
    time.sleep(seconds)


if __name__ == "__main__":
    mp.set_start_method("spawn")
    print(mp.current_process().name, mp.parent_process())
    p = mp.Process(target=work)
    print(p.name, p.pid, p.exitcode, p.is_alive())
    p.start()
    p.join()
    print(p.exitcode, p.is_alive())
    try:
        p.start()
    except AssertionError as e:
        print(type(e).__name__, e, True)
    q = mp.Process(target=work)
    try:
        q.join()
    except AssertionError as e:
        print(type(e).__name__, e)
    slow = mp.Process(target=nap, args=(5,))
    slow.start()
    print("active", [c.name for c in mp.active_children()])
    slow.join(0.05)
    print("after join timeout", slow.is_alive(), slow.exitcode)
    try:
        slow.close()
    except ValueError as e:
        print(type(e).__name__, e, True)
    slow.terminate()
    slow.join()
    print("terminate", slow.exitcode)
    killed = mp.Process(target=nap, args=(5,))
    killed.start()
    killed.kill()
    killed.join()
    print("kill", killed.exitcode)
    print("active", len(mp.active_children()))
