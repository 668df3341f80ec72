import time
from multiprocessing import Pool

DURATIONS = [0.5, 0.1, 0.2, 0.1]  # the same four tasks as before


def job(i):
    time.sleep(DURATIONS[i])
    return i


def since(start):
    return f"{time.perf_counter() - start:.1f}"


if __name__ == "__main__":
    with Pool(2) as pool:
        pool.map(job, [1, 3])  # warm up: both workers are running before we time anything

        start = time.perf_counter()
        for i in pool.imap_unordered(job, range(4)):  # each result as soon as it is done
            print(f"imap_unordered gave {i} after {since(start)} s")
