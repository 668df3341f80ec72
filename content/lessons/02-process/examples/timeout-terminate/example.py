import multiprocessing
import time


def stuck():
    time.sleep(60)  # a task that hangs, like a request to a server that never answers


if __name__ == "__main__":
    p = multiprocessing.Process(target=stuck)
    p.start()
    p.join(0.5)  # wait at most 0.5 s; returns None either way, it never raises
    print(f"after join(0.5): alive={p.is_alive()} exitcode={p.exitcode}")
    p.terminate()  # SIGTERM on POSIX
    p.join()  # always join after terminate, to collect the exit code
    print(f"after terminate: alive={p.is_alive()} exitcode={p.exitcode}")

    q = multiprocessing.Process(target=stuck)
    q.start()
    q.kill()  # SIGKILL on POSIX: cannot be caught or ignored
    q.join()
    print(f"after kill:      alive={q.is_alive()} exitcode={q.exitcode}")
