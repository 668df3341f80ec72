import multiprocessing
import time


def default_chunksize(n_items, n_workers):
    # The rule Pool.map uses when you pass no chunksize (CPython's pool.py, _map_async):
    # about four chunks per worker, rounded up.
    chunksize, extra = divmod(n_items, n_workers * 4)
    if extra:
        chunksize += 1
    return chunksize


def where(x):
    time.sleep(0.05)  # a little work, so that both workers take part
    return x, multiprocessing.current_process().pid


if __name__ == "__main__":
    print(" items  workers  chunksize  tasks")
    for n_items, n_workers in [(10, 2), (100, 2), (1000, 2), (1000, 4), (7, 4), (100_000, 8)]:
        c = default_chunksize(n_items, n_workers)
        tasks = -(-n_items // c)  # ceiling division
        print(f"{n_items:>6}  {n_workers:>7}  {c:>9}  {tasks:>5}")

    # Check the rule on a real pool: the items of one chunk travel together, so they
    # always run in the same worker, one after another.
    with multiprocessing.Pool(2) as pool:
        ran_in = dict(pool.map(where, range(10)))  # no chunksize: the default rule applies
    c = default_chunksize(10, 2)
    chunks = [list(range(i, min(i + c, 10))) for i in range(0, 10, c)]
    same = all(len({ran_in[x] for x in chunk}) == 1 for chunk in chunks)
    print(f"chunks of map(where, range(10)): {chunks}")
    print(f"each chunk ran in a single worker: {same}")
