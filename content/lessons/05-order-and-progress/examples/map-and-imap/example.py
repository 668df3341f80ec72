import time
from multiprocessing import Pool

DURATIONS = [0.5, 0.1, 0.2, 0.1]  # seconds each task waits, as if on a slow network


def job(i):
    time.sleep(DURATIONS[i])
    return i


def since(start):
    return f"{time.perf_counter() - start:.1f}"


if __name__ == "__main__":
    with Pool(2) as pool:
        start = time.perf_counter()
        results = pool.map(job, range(4))  # one list, once every task is done
        print(f"map returned {results} after {since(start)} s")

        start = time.perf_counter()
        for i in pool.imap(job, range(4)):  # one result at a time, in input order
            print(f"imap gave {i} after {since(start)} s")
