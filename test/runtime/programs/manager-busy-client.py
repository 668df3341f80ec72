# One client calls a manager in a tight loop until another client, connecting meanwhile, sets a
# dict: the loop sees the change and ends.
import multiprocessing as mp
import time


def poll(shared):
    shared["polling"] = True
    while shared.get("stop", None) is None:
        pass


def stop(shared):
    shared["stop"] = {1: "a"}


if __name__ == "__main__":
    mp.set_start_method("spawn")
    with mp.Manager() as manager:
        shared = manager.dict()
        poller = mp.Process(target=poll, args=(shared,))
        poller.start()
        while shared.get("polling", False) is False:
            time.sleep(0.01)
        stopper = mp.Process(target=stop, args=(shared,))
        stopper.start()
        stopper.join()
        print("stopper exit code", stopper.exitcode)
        poller.join()
        print("poller exit code", poller.exitcode)
        print("stop[1] =", shared["stop"][1])
