# With maxtasksperchild=1 every task (chunk) runs in a fresh worker, so grouping the items by the
# worker that ran them shows exactly how the pool cut the input into chunks.
import multiprocessing as mp


def who(x):
    return mp.current_process().name, x


def chunks(pool, items, chunksize, mode):
    if mode == "map":
        pairs = pool.map(who, items, chunksize)
    else:
        pairs = list(pool.imap(who, items, chunksize or 1))
    groups = {}
    for name, x in pairs:
        groups.setdefault(name, []).append(x)
    return sorted(groups.values())


if __name__ == "__main__":
    mp.set_start_method("spawn")
    items = list(range(10))
    with mp.Pool(2, maxtasksperchild=1) as pool:
        print("map default", chunks(pool, items, None, "map"))
        print("map chunksize 4", chunks(pool, items, 4, "map"))
        print("imap default", len(chunks(pool, items[:4], None, "imap")))
