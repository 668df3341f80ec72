import multiprocessing
import time


def greet(name, delay):
    time.sleep(delay)
    me = multiprocessing.current_process()
    print(f"{me.name}: hello, {name}")


if __name__ == "__main__":
    p = multiprocessing.Process(target=greet, args=("Ada", 0.5))
    print(f"before start: name={p.name} pid={p.pid} alive={p.is_alive()} exitcode={p.exitcode}")
    p.start()
    # flush=True: push the line out now, before the child prints (see "Where the output goes").
    print(f"after start:  pid={p.pid} alive={p.is_alive()} exitcode={p.exitcode}", flush=True)
    p.join()  # waits here until greet has returned
    print(f"after join:   alive={p.is_alive()} exitcode={p.exitcode}")
