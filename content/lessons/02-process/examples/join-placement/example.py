import multiprocessing
import time


def task(seconds):
    time.sleep(seconds)  # stands in for 0.3 s of work


def run(join_inside_loop):
    start = time.perf_counter()
    processes = []
    for _ in range(3):
        p = multiprocessing.Process(target=task, args=(0.3,))
        p.start()
        if join_inside_loop:
            p.join()  # waits for this one before the next is even started
        processes.append(p)
    for p in processes:
        p.join()  # joining a finished process returns at once
    return time.perf_counter() - start


if __name__ == "__main__":
    one_by_one = run(join_inside_loop=True)
    all_at_once = run(join_inside_loop=False)
    print(f"start and join in one loop:    {one_by_one:.2f} s")
    print(f"start all, then join all:      {all_at_once:.2f} s")
    print("joining after starting them all was faster" if all_at_once < one_by_one else "no difference?")
